package org.cdisignals.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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
 * <p>One per class loader: the jar in a WAR's {@code WEB-INF/lib} gives each application its own.
 */
public final class SignalsRuntime {

    private record Prepared(Class<?> type, String using) {
    }

    private static volatile Dispatcher current;
    // Until release: held signals wait, and so do those sent meanwhile, to keep their order.
    private static boolean holding = true;
    private static final List<Consumer<Dispatcher>> pending = new ArrayList<>();
    private static final Set<Prepared> announced = new HashSet<>();

    private SignalsRuntime() {
    }

    /** The running dispatcher, or null before the container has validated its deployment or after shutdown. */
    public static Dispatcher dispatcher() {
        return current;
    }

    /**
     * Announces that the provider has prepared {@code type} for persistence unit {@code using}: fires
     * {@link ClassPrepared} now if the container runs, else when it starts; once per (type, unit).
     */
    public static void classPrepared(Class<?> type, String using) {
        Prepared prepared = new Prepared(type, using);
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
        Dispatcher dispatcher;
        synchronized (SignalsRuntime.class) {
            dispatcher = current;
            if (dispatcher == null || holding) {
                pending.add(send);
                return false;
            }
        }
        send.accept(dispatcher);
        return true;
    }

    /**
     * Starts the dispatcher, releasing the held signals now, or, with {@code release} false, at {@link #release()}.
     * Returns false, starting nothing, when another container's dispatcher runs in this class loader: one runtime
     * serves one application, and emitters could not tell the two apart.
     */
    public static boolean start(Dispatcher dispatcher, boolean release) {
        synchronized (SignalsRuntime.class) {
            if (current != null) {
                return false;
            }
            current = dispatcher;
            holding = true;
        }
        if (release) {
            release();
        }
        return true;
    }

    /** Sends the held signals, in order, with the running dispatcher; after it, signals are sent as they come. */
    public static void release() {
        while (true) {
            List<Consumer<Dispatcher>> waiting;
            Dispatcher dispatcher;
            synchronized (SignalsRuntime.class) {
                dispatcher = current;
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

    public static void stop(Dispatcher dispatcher) {
        synchronized (SignalsRuntime.class) {
            if (current == dispatcher) {
                current = null;
                holding = true;
                pending.clear();
                announced.clear();
            }
        }
    }

    private static void fireClassPrepared(Dispatcher dispatcher, Prepared prepared) {
        dispatcher.send(ClassPrepared.class, prepared.type(), Set.of(),
                () -> new ClassPrepared(prepared.type(), prepared.using()));
    }
}
