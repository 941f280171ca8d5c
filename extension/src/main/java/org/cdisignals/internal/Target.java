package org.cdisignals.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.event.Event;

/**
 * Where one kind of event from one sender goes: the resolved, typed and qualified {@link Event}, or nothing when no
 * observer can receive it. Emitters ask {@link #observed()} before building the event object.
 */
public final class Target {

    private final Type type;
    private final Set<Annotation> qualifiers;
    private final Event<Object> sync;
    private final Event<Object> async;
    private final List<ObserverIndex.Entry> receivers;

    Target(Type type, Set<Annotation> qualifiers, Event<Object> sync, Event<Object> async,
           List<ObserverIndex.Entry> receivers) {
        this.type = type;
        this.qualifiers = qualifiers;
        this.sync = sync;
        this.async = async;
        this.receivers = receivers;
    }

    /** Whether any synchronous observer can receive the event. */
    public boolean observed() {
        return sync != null;
    }

    /** Whether any asynchronous observer can receive the event. */
    public boolean observedAsync() {
        return async != null;
    }

    /** Notifies the synchronous observers in the caller's thread; an observer's exception propagates. */
    public void fire(Object event) {
        if (sync != null) {
            sync.fire(event);
        }
    }

    /** Notifies the asynchronous observers; completes at once with the event when there are none. */
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
