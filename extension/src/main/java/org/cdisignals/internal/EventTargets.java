package org.cdisignals.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The targets of one event class, one per sender, resolved on first use, so that the lookup on every emitted event
 * costs about a field read.
 *
 * <p>A {@link ClassValue} keyed by the sender finds a sender's slot: it stores in the sender class only a number, not
 * the target. A target reaches the container (its {@code Event}, the {@code BeanManager}); stored in a class that
 * outlives the container — a server's own servlet or connection class, or any class of a Java SE application whose
 * container was shut down — it would keep the whole application reachable through that class for good.
 */
public final class EventTargets {

    private final Dispatcher dispatcher;
    private final Class<?> eventClass;
    private final AtomicInteger nextSlot = new AtomicInteger();
    private final ClassValue<Integer> slots = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> sender) {
            return nextSlot.getAndIncrement();
        }
    };
    private volatile Target[] bySlot = new Target[8];
    private volatile Target withoutSender;

    EventTargets(Dispatcher dispatcher, Class<?> eventClass) {
        this.dispatcher = dispatcher;
        this.eventClass = eventClass;
    }

    /** The target of this event class sent by {@code sender} (null: an event without sender). */
    public Target target(Class<?> sender) {
        if (sender == null) {
            Target target = withoutSender;
            if (target == null) {
                target = dispatcher.resolve(eventClass, null, Set.of());
                withoutSender = target;
            }
            return target;
        }
        int slot = slots.get(sender);
        Target[] targets = bySlot;
        Target target = slot < targets.length ? targets[slot] : null;
        return target != null ? target : resolve(slot, sender);
    }

    /** The dispatcher these targets belong to; emitters that cache them compare it with the running one. */
    public Dispatcher dispatcher() {
        return dispatcher;
    }

    private synchronized Target resolve(int slot, Class<?> sender) {
        Target[] targets = bySlot;
        if (slot < targets.length && targets[slot] != null) {
            return targets[slot];
        }
        Target target = dispatcher.resolve(eventClass, sender, Set.of());
        Target[] grown = slot < targets.length ? targets.clone() : Arrays.copyOf(targets, Math.max(slot + 1, 2 * targets.length));
        grown[slot] = target;
        bySlot = grown;
        return target;
    }
}
