package org.cdisignals.internal;

import java.util.Set;

/**
 * The targets of one event class, one per sender, resolved on first use. A {@link ClassValue} keyed by the sender
 * class makes the lookup on every emitted event about as cheap as a field read.
 */
public final class EventTargets {

    private final Dispatcher dispatcher;
    private final Class<?> eventClass;
    private final ClassValue<Target> bySender = new ClassValue<>() {
        @Override
        protected Target computeValue(Class<?> sender) {
            return dispatcher.resolve(eventClass, sender, Set.of());
        }
    };
    private volatile Target withoutSender;

    EventTargets(Dispatcher dispatcher, Class<?> eventClass) {
        this.dispatcher = dispatcher;
        this.eventClass = eventClass;
    }

    /** The target of this event class sent by {@code sender} (null: an event without sender). */
    public Target target(Class<?> sender) {
        if (sender != null) {
            return bySender.get(sender);
        }
        Target target = withoutSender;
        if (target == null) {
            target = dispatcher.resolve(eventClass, null, Set.of());
            withoutSender = target;
        }
        return target;
    }

    /** The dispatcher these targets belong to; emitters that cache them compare it with the running one. */
    public Dispatcher dispatcher() {
        return dispatcher;
    }
}
