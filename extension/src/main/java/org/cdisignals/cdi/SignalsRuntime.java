package org.cdisignals.cdi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cdisignals.model.ClassPrepared;

/**
 * Where emitters that the container does not create (entity listeners, provider adapters) find the running
 * {@link Dispatcher}. The extension starts it after deployment validation and stops it at shutdown; until then
 * emitters see no dispatcher and fire nothing, except {@link ClassPrepared}, which waits here for the container.
 *
 * <p>One per class loader: the jar in a WAR's {@code WEB-INF/lib} gives each application its own.
 */
public final class SignalsRuntime {

    private record Prepared(Class<?> type, String using) {
    }

    private static volatile Dispatcher current;
    private static final List<Prepared> pending = new ArrayList<>();
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
        Dispatcher dispatcher;
        synchronized (SignalsRuntime.class) {
            if (!announced.add(prepared)) {
                return;
            }
            dispatcher = current;
            if (dispatcher == null) {
                pending.add(prepared);
                return;
            }
        }
        fireClassPrepared(dispatcher, prepared);
    }

    static void start(Dispatcher dispatcher) {
        List<Prepared> waiting;
        synchronized (SignalsRuntime.class) {
            current = dispatcher;
            waiting = new ArrayList<>(pending);
            pending.clear();
        }
        waiting.forEach(prepared -> fireClassPrepared(dispatcher, prepared));
    }

    static void stop(Dispatcher dispatcher) {
        synchronized (SignalsRuntime.class) {
            if (current == dispatcher) {
                current = null;
                announced.clear();
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fireClassPrepared(Dispatcher dispatcher, Prepared prepared) {
        Target target = dispatcher.target(ClassPrepared.class, prepared.type());
        if (target.observed()) {
            target.fire(new ClassPrepared(prepared.type(), prepared.using()));
        }
    }
}
