package org.cdisignals.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.event.Event;

/**
 * Where one kind of event from one sender goes: the resolved, typed and qualified {@link Event}, or nothing when no
 * observer can receive it. Emitters ask {@link #observed()} before building the event object.
 */
public final class Target {

    private static final Logger LOG = Logger.getLogger(Target.class.getName());

    private final Type type;
    private final Set<Annotation> qualifiers;
    private final Event<Object> sync;
    private final Event<Object> async;
    private final List<ObserverIndex.Entry> receivers;
    private final TransactionPhases phases;

    Target(Type type, Set<Annotation> qualifiers, Event<Object> sync, Event<Object> async,
           List<ObserverIndex.Entry> receivers, TransactionPhases phases) {
        this.type = type;
        this.qualifiers = qualifiers;
        this.sync = sync;
        this.async = async;
        this.receivers = receivers;
        this.phases = phases;
    }

    /** Whether any observer, synchronous or asynchronous, can receive the event. */
    public boolean observed() {
        return sync != null || async != null;
    }

    /** Whether any asynchronous observer can receive the event. */
    public boolean observedAsync() {
        return async != null;
    }

    /**
     * Sends a library signal: notifies the synchronous observers in the caller's thread (transactional ones in their
     * phase of the current transaction), and, unless one of them throws, the asynchronous observers once the
     * transaction has committed (never when it rolls back), or at once outside any transaction. A synchronous
     * observer's exception propagates.
     */
    public void fire(Object event) {
        fireSync(event);
        if (async != null) {
            phases.afterCommit(() -> async.fireAsync(event).whenComplete((sent, failure) -> {
                if (failure != null) {
                    LOG.log(Level.WARNING, Messages.asyncObserverFailed(event), failure);
                }
            }));
        }
    }

    /** Notifies the synchronous observers only, as {@link Event#fire} does ({@code Signals.send}). */
    void fireSync(Object event) {
        if (sync != null) {
            sync.fire(event);
        }
    }

    /** Notifies the asynchronous observers now; completes at once with the event when there are none. */
    public <E> CompletionStage<E> fireAsync(E event) {
        return async == null ? CompletableFuture.completedFuture(event) : async.fireAsync(event);
    }

    Type type() {
        return type;
    }

    Set<Annotation> qualifiers() {
        return qualifiers;
    }

    List<ObserverIndex.Entry> receivers() {
        return receivers;
    }
}
