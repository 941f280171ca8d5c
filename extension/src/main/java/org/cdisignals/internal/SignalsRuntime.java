package org.cdisignals.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.BeanManager;

import org.cdisignals.migrate.PostMigrate;
import org.cdisignals.migrate.PreMigrate;
import org.cdisignals.model.ClassPrepared;

/**
 * Where emitters that the container does not create (entity listeners, provider adapters) find the running
 * {@link Dispatcher}. The extension starts it after deployment validation and stops it at shutdown; until then
 * emitters see no dispatcher and fire nothing, except {@link ClassPrepared}, {@link PreMigrate} and
 * {@link PostMigrate}, which wait here for the container and are then sent in the order they happened: at the start
 * itself, or, in a web application, when its servlet context is initialized ({@code HeldSignalsListener}), the first
 * moment a server lets observers use the application's resources (on Payara a bean's {@code @PersistenceContext}
 * cannot be injected during deployment validation), and still before the application serves.
 *
 * <p>One per class loader: the jar in a WAR's {@code WEB-INF/lib} gives each application its own. Where several
 * containers share it (two Weld SE containers in one JVM), a persistence unit belongs to the container whose
 * {@code BeanManager} it was created with ({@code jakarta.persistence.bean.manager}, a {@link Binding}); its adapter
 * runs its provider's callbacks through {@link #run(Binding, Runnable)}, which routes what they send to that
 * container. While exactly one container runs and no unit belongs to another, every emission goes to it at the cost
 * of one volatile read ({@link #dispatcher()}), as if routing did not exist. While several run, a unit that names no
 * container cannot be created ({@code CDISIG-006}), a container cannot start while such a unit is open
 * ({@code CDISIG-005}), and a signal sent outside any unit's callbacks reaches nobody ({@code CDISIG-007}).
 */
public final class SignalsRuntime {

    private static final Logger LOG = Logger.getLogger(SignalsRuntime.class.getName());

    private record Prepared(Class<?> type, String using, Binding binding) {
    }

    // The dispatcher every emission goes to, when that needs no routing: exactly one runs, and no unit belongs to
    // another container (one that has not started or has shut down). Otherwise null, and dispatcher() routes.
    private static volatile Dispatcher current;
    // The one running dispatcher (null when none or several run), for emissions of units that name no container.
    private static volatile Dispatcher sole;
    private static volatile boolean several;
    private static volatile boolean unattributedReported;
    private static final List<Dispatcher> running = new ArrayList<>();
    private static final Set<Binding> bindings = Collections.newSetFromMap(new IdentityHashMap<>());
    // The unit whose provider callback runs on this thread, set only while routing is needed.
    private static final ThreadLocal<Binding> ROUTE = new ThreadLocal<>();
    // Until release: held signals wait, and so do those sent meanwhile, to keep their order.
    private static boolean holding = true;
    private static final List<Consumer<Dispatcher>> pending = new ArrayList<>();
    private static final Set<Prepared> announced = new HashSet<>();

    private SignalsRuntime() {
    }

    /**
     * The running dispatcher of the container the caller's signals belong to, or null before the container has
     * validated its deployment, after its shutdown, or when several run and the caller belongs to none.
     */
    public static Dispatcher dispatcher() {
        Dispatcher dispatcher = current;
        return dispatcher != null ? dispatcher : routed();
    }

    private static Dispatcher routed() {
        Binding binding = ROUTE.get();
        if (binding != null) {
            return binding.dispatcher();
        }
        if (!several) {
            return sole;
        }
        if (!unattributedReported) {
            unattributedReported = true;
            LOG.warning(Messages.unattributedSignal());
        }
        return null;
    }

    /** Whether some container runs, whichever it is. */
    public static boolean running() {
        return sole != null || several;
    }

    /**
     * The binding of persistence unit {@code unit} created with {@code beanManager} (the value of
     * {@code jakarta.persistence.bean.manager}, or null); kept until {@link #unbind}. Throws
     * {@link IllegalStateException} ({@code CDISIG-006}) for a unit that names no container while several run.
     */
    public static Binding bind(String unit, Object beanManager) {
        Binding binding = new Binding(extensionOf(beanManager), unit);
        synchronized (SignalsRuntime.class) {
            if (!binding.routed() && several) {
                throw new IllegalStateException(Messages.unitNamesNoContainer(unit));
            }
            bindings.add(binding);
            refresh();
        }
        return binding;
    }

    /** Forgets {@code binding}: its unit has closed. */
    public static void unbind(Binding binding) {
        synchronized (SignalsRuntime.class) {
            bindings.remove(binding);
            refresh();
        }
    }

    /** Whether a callback of {@code binding}'s unit must be run through {@link #run(Binding, Runnable)} now. */
    public static boolean routing(Binding binding) {
        return current == null && binding.routed();
    }

    /**
     * Whether what runs on this thread belongs to {@code binding}'s unit, as far as routing tells: always while no
     * routing is needed, else only inside its callbacks.
     */
    public static boolean within(Binding binding) {
        return !routing(binding) || ROUTE.get() == binding;
    }

    /** Runs {@code work}, a callback of {@code binding}'s unit, so that what it sends goes to the unit's container. */
    public static void run(Binding binding, Runnable work) {
        if (!routing(binding)) {
            work.run();
            return;
        }
        Binding outer = ROUTE.get();
        ROUTE.set(binding);
        try {
            work.run();
        } finally {
            restore(outer);
        }
    }

    /** As {@link #run(Binding, Runnable)}, for a question about the unit's observers. */
    public static boolean test(Binding binding, BooleanSupplier question) {
        if (!routing(binding)) {
            return question.getAsBoolean();
        }
        Binding outer = ROUTE.get();
        ROUTE.set(binding);
        try {
            return question.getAsBoolean();
        } finally {
            restore(outer);
        }
    }

    private static void restore(Binding outer) {
        if (outer == null) {
            ROUTE.remove();
        } else {
            ROUTE.set(outer);
        }
    }

    /** The core extension of {@code beanManager}'s container, or null when it is no container of this library. */
    private static SignalsExtension extensionOf(Object beanManager) {
        if (!(beanManager instanceof BeanManager manager)) {
            return null;
        }
        try {
            return manager.getExtension(SignalsExtension.class);
        } catch (RuntimeException notThisLibrarysOrNotReady) {
            // IllegalArgumentException: a container without this library. Open Liberty hands the provider a lazy
            // BeanManager that throws (UnsupportedOperationException) until the application's container exists:
            // such a unit is taken as naming no container, which one running container serves as before.
            return null;
        }
    }

    // Under the class lock, after any change to the running dispatchers or the bindings.
    private static void refresh() {
        Dispatcher only = running.size() == 1 ? running.get(0) : null;
        sole = only;
        several = running.size() > 1;
        if (!several) {
            unattributedReported = false;
        }
        for (Binding binding : bindings) {
            if (binding.routed() && binding.dispatcher() != only) {
                only = null;
                break;
            }
        }
        current = only;
    }

    /**
     * Announces that the provider has prepared {@code type} for persistence unit {@code using}: fires
     * {@link ClassPrepared} now if the container runs, else when it starts; once per (type, unit).
     */
    public static void classPrepared(Class<?> type, String using) {
        Prepared prepared = new Prepared(type, using, ROUTE.get());
        synchronized (SignalsRuntime.class) {
            if (!announced.add(prepared)) {
                return;
            }
        }
        sendOrHold(dispatcher -> fireClassPrepared(dispatcher, prepared));
    }

    /**
     * Runs {@code send} with the running dispatcher now, or holds it until the held signals are released, before the
     * application serves. Returns whether it ran now.
     */
    public static boolean sendOrHold(Consumer<Dispatcher> send) {
        synchronized (SignalsRuntime.class) {
            if (running.isEmpty() || holding) {
                pending.add(send);
                return false;
            }
        }
        Dispatcher dispatcher = dispatcher();
        if (dispatcher == null) {
            return false;
        }
        send.accept(dispatcher);
        return true;
    }

    /**
     * Starts the dispatcher, releasing the held signals now, or, with {@code release} false, at {@link #release()}.
     * A container that starts while another runs holds nothing (signals are held only until the first starts).
     * Returns false, starting nothing, when another runs and an open unit names no container: its signals could not
     * be told from this one's.
     */
    public static boolean start(Dispatcher dispatcher, boolean release) {
        synchronized (SignalsRuntime.class) {
            if (!running.isEmpty()) {
                if (bindings.stream().anyMatch(binding -> !binding.routed())) {
                    return false;
                }
                running.add(dispatcher);
                refresh();
                return true;
            }
            running.add(dispatcher);
            holding = true;
            refresh();
        }
        if (release) {
            release();
        }
        return true;
    }

    /**
     * Sends the held signals, in order, with the dispatcher of the first container, the one that held them; after it,
     * signals are sent as they come.
     */
    public static void release() {
        while (true) {
            List<Consumer<Dispatcher>> waiting;
            Dispatcher dispatcher;
            synchronized (SignalsRuntime.class) {
                dispatcher = running.isEmpty() ? null : running.get(0);
                if (dispatcher == null || pending.isEmpty()) {
                    holding = dispatcher == null;
                    return;
                }
                waiting = new ArrayList<>(pending);
                pending.clear();
            }
            // Sending may hold more (EclipseLink's PostMigrate, held behind its PreMigrate); they go in the next round.
            waiting.forEach(send -> send.accept(dispatcher));
        }
    }

    /** Stops {@code dispatcher}; once no container runs, what was held or announced is forgotten. */
    public static void stop(Dispatcher dispatcher) {
        synchronized (SignalsRuntime.class) {
            if (!running.remove(dispatcher)) {
                return;
            }
            if (running.isEmpty()) {
                holding = true;
                pending.clear();
                announced.clear();
            }
            refresh();
        }
    }

    private static void fireClassPrepared(Dispatcher dispatcher, Prepared prepared) {
        dispatcher.send(ClassPrepared.class, prepared.type(), Set.of(),
                () -> new ClassPrepared(prepared.type(), prepared.using()));
    }
}
