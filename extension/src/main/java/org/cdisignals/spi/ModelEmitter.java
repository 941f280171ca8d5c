package org.cdisignals.spi;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cdisignals.internal.Dispatcher;
import org.cdisignals.internal.EventTargets;
import org.cdisignals.internal.Messages;
import org.cdisignals.internal.RawMode;
import org.cdisignals.internal.SignalsRuntime;
import org.cdisignals.internal.Target;
import org.cdisignals.model.M2MChanged;
import org.cdisignals.model.PostDelete;
import org.cdisignals.model.PostInit;
import org.cdisignals.model.PostSave;
import org.cdisignals.model.PreDelete;
import org.cdisignals.model.PreInit;
import org.cdisignals.model.PreSave;

/**
 * What a persistence emitter (the JPA listener, a provider adapter) calls to send a model signal. Each method
 * builds its record only when an observer can receive it, and fires it through the one {@link Dispatcher}.
 *
 * <p>Unlike {@link Emitter}, these methods resolve their target themselves, through a {@link Slot} per event class:
 * a model signal is emitted for every entity a flush or a load touches, and the general path's {@code Supplier}
 * (a capturing lambda per call) and per-call target resolution would cost an allocation and a map lookup per
 * entity even when nobody observes.
 *
 * <p>The raw-type construction below is the single place where a runtime {@code Class<?>} meets a record's type
 * parameter; the dispatcher fires it as the matching parameterized type.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public final class ModelEmitter {

    private static final Slot PRE_INIT = new Slot(PreInit.class);
    private static final Slot POST_INIT = new Slot(PostInit.class);
    private static final Slot PRE_SAVE = new Slot(PreSave.class);
    private static final Slot POST_SAVE = new Slot(PostSave.class);
    private static final Slot PRE_DELETE = new Slot(PreDelete.class);
    private static final Slot POST_DELETE = new Slot(PostDelete.class);
    private static final Slot M2M_CHANGED = new Slot(M2MChanged.class);

    private ModelEmitter() {
    }

    /** Whether any synchronous observer can receive {@code eventClass} from {@code sender}. */
    public static boolean observed(Class<?> eventClass, Class<?> sender) {
        return target(eventClass, sender) != null;
    }

    /** Whether any synchronous observer could receive {@code eventClass} from some sender. */
    public static boolean observedFromAnySender(Class<?> eventClass) {
        Dispatcher dispatcher = SignalsRuntime.dispatcher();
        return dispatcher != null && dispatcher.observedFromAnySender(eventClass);
    }

    /**
     * Announces that the provider has prepared {@code type} for persistence unit {@code using}: sends
     * {@link org.cdisignals.model.ClassPrepared} now if the container runs, else when it starts; once per (type, unit).
     */
    public static void classPrepared(Class<?> type, String using) {
        SignalsRuntime.classPrepared(type, using);
    }

    public static void preInit(Class<?> sender) {
        Target target = PRE_INIT.observed(sender);
        if (target != null) {
            target.fire(new PreInit(sender, List.of(), Map.of()));
        }
    }

    public static void postInit(Class<?> sender, Object instance) {
        Target target = POST_INIT.observed(sender);
        if (target != null) {
            target.fire(new PostInit(sender, instance));
        }
    }

    public static void preSave(Class<?> sender, Object instance, String using, Set<String> updateFields) {
        Target target = PRE_SAVE.observed(sender);
        if (target != null) {
            target.fire(new PreSave(sender, instance, RawMode.active(), using, updateFields));
        }
    }

    public static void postSave(Class<?> sender, Object instance, boolean created, String using,
                                Set<String> updateFields) {
        Target target = POST_SAVE.observed(sender);
        if (target != null) {
            target.fire(new PostSave(sender, instance, created, RawMode.active(), using, updateFields));
        }
    }

    public static void preDelete(Class<?> sender, Object instance, String using, Object origin) {
        Target target = PRE_DELETE.observed(sender);
        if (target != null) {
            target.fire(new PreDelete(sender, instance, using, origin));
        }
    }

    public static void postDelete(Class<?> sender, Object instance, String using, Object origin) {
        Target target = POST_DELETE.observed(sender);
        if (target != null) {
            target.fire(new PostDelete(sender, instance, using, origin));
        }
    }

    /** Fires an {@link M2MChanged} the adapter has already built (it had to compute the change anyway). */
    public static void m2mChanged(M2MChanged<?> event) {
        Target target = M2M_CHANGED.observed(event.sender());
        if (target != null) {
            target.fire(event);
        }
    }

    /**
     * The failure ({@code CDISIG-040}) of a flush whose {@code Post*} observers, after {@code rounds} rounds of
     * flushing what they wrote, still write: an adapter fails the transaction loudly rather than drop their writes.
     */
    public static IllegalStateException observersKeptWriting(String using, int rounds) {
        return new IllegalStateException(Messages.observersKeptWriting(using, rounds));
    }

    private static Target target(Class<?> eventClass, Class<?> sender) {
        Dispatcher dispatcher = SignalsRuntime.dispatcher();
        if (dispatcher == null) {
            return null;
        }
        Target target = dispatcher.target(eventClass, sender);
        return target.observed() ? target : null;
    }

    /**
     * One model event class and its targets in the running dispatcher, kept so that an emitted event costs a
     * volatile read and a {@link ClassValue} lookup; renewed when the container restarts. Held weakly: the running
     * dispatcher holds them strongly, and once its container has shut down they must not keep it reachable from this
     * class, which may outlive it (a Java SE application, a library shared by applications).
     */
    private static final class Slot {

        private static final WeakReference<EventTargets> NONE = new WeakReference<>(null);

        private final Class<?> eventClass;
        private volatile WeakReference<EventTargets> targets = NONE;

        Slot(Class<?> eventClass) {
            this.eventClass = eventClass;
        }

        /** The target for {@code sender} when a synchronous observer can receive it, else null. */
        Target observed(Class<?> sender) {
            Dispatcher dispatcher = SignalsRuntime.dispatcher();
            if (dispatcher == null) {
                return null;
            }
            EventTargets current = targets.get();
            if (current == null || current.dispatcher() != dispatcher) {
                current = dispatcher.forEvent(eventClass);
                targets = new WeakReference<>(current);
            }
            Target target = current.target(sender);
            return target.observed() ? target : null;
        }
    }
}
