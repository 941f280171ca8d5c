package org.cdisignals.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ObserverMethod;

import org.cdisignals.Sender;
import org.cdisignals.SignalResult;

/**
 * The one way every emitter fires. It resolves, once per (event type, sender), a {@link Target}: the {@link Event}
 * of the parameterized type ({@code PostSave<Question>}) qualified {@code @Sender(Question.class)}, or a target
 * that says nobody listens, so that emitters skip building the event at all.
 */
public final class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    private final BeanManager beanManager;
    private final ObserverIndex index;
    private final TransactionPhases phases;
    private final Map<Class<?>, EventTargets> events = new ConcurrentHashMap<>();
    private final Map<Class<?>, Boolean> anySender = new ConcurrentHashMap<>();

    Dispatcher(BeanManager beanManager, ObserverIndex index, TransactionPhases phases) {
        this.beanManager = beanManager;
        this.index = index;
        this.phases = phases;
    }

    /** The target of {@code eventClass} sent by {@code sender} (null: an event without sender). */
    public Target target(Class<?> eventClass, Class<?> sender) {
        return forEvent(eventClass).target(sender);
    }

    /** The targets of {@code eventClass}, for emitters that keep them to skip this lookup on every event. */
    public EventTargets forEvent(Class<?> eventClass) {
        EventTargets targets = events.get(eventClass);
        return targets != null ? targets : events.computeIfAbsent(eventClass, type -> new EventTargets(this, type));
    }

    /**
     * Whether any observer could receive {@code eventClass} from some sender, for emitters that would
     * otherwise inspect every change of a flush to find the senders.
     */
    public boolean observedFromAnySender(Class<?> eventClass) {
        return anySender.computeIfAbsent(eventClass, index::receivesFromSomeSender);
    }

    /**
     * The target of {@code eventClass} sent by {@code sender} with further qualifiers; resolved on every call, for
     * emitters whose qualifiers vary (custom signals, the admin signals).
     */
    public Target target(Class<?> eventClass, Class<?> sender, Set<Annotation> extraQualifiers) {
        return extraQualifiers.isEmpty() ? target(eventClass, sender) : resolve(eventClass, sender, extraQualifiers);
    }

    /**
     * The one path of every emitter: builds the event with {@code event} and sends it, as {@link Target#fire}, to the
     * observers of {@code eventClass} from {@code sender} with {@code extraQualifiers}, only if one can receive it.
     * Returns whether it fired.
     */
    public boolean send(Class<?> eventClass, Class<?> sender, Set<Annotation> extraQualifiers, Supplier<?> event) {
        Target target = target(eventClass, sender, extraQualifiers);
        if (!target.observed()) {
            return false;
        }
        target.fire(event.get());
        return true;
    }

    /**
     * Notifies every synchronous observer of {@code target} in notification order, each in turn even when an earlier
     * one failed, and says how each fared. Transaction phases are not honoured: every observer runs now.
     */
    public List<SignalResult> fireRobust(Target target, Object event) {
        EventContext<Object> context = new RobustContext(event, target.type(), target.qualifiers());
        List<SignalResult> results = new ArrayList<>();
        for (ObserverIndex.Entry receiver : target.receivers()) {
            try {
                notify(receiver.method(), context);
                results.add(SignalResult.ok(receiver.description()));
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, Messages.robustReceiverFailed(receiver.description(), event), failure);
                results.add(SignalResult.failed(receiver.description(), failure));
            }
        }
        return results;
    }

    @SuppressWarnings("unchecked")
    private static void notify(ObserverMethod<?> method, EventContext<Object> context) {
        ((ObserverMethod<Object>) method).notify(context);
    }

    Target resolve(Class<?> eventClass, Class<?> sender, Set<Annotation> extraQualifiers) {
        Set<Annotation> qualifiers = new LinkedHashSet<>(extraQualifiers);
        if (sender != null) {
            qualifiers.add(Sender.Literal.of(sender));
        }
        qualifiers = Set.copyOf(qualifiers);
        Type type = Types.eventType(eventClass, sender);
        List<ObserverIndex.Entry> sync = index.receivers(eventClass, sender, qualifiers, false);
        List<ObserverIndex.Entry> async = index.receivers(eventClass, sender, qualifiers, true);
        Event<Object> event = sync.isEmpty() && async.isEmpty() ? null : event(type, qualifiers);
        return new Target(type, qualifiers, sync.isEmpty() ? null : event, async.isEmpty() ? null : event, sync, phases);
    }

    @SuppressWarnings("unchecked")
    private Event<Object> event(Type type, Set<Annotation> qualifiers) {
        CreationalContext<?> context = beanManager.createCreationalContext(null);
        return (Event<Object>) beanManager.getInjectableReference(
                new EventInjectionPoint(Types.eventOf(type), qualifiers), context);
    }

    private record RobustContext(Object event, Type type, Set<Annotation> qualifiers)
            implements EventContext<Object>, EventMetadata {

        @Override
        public Object getEvent() {
            return event;
        }

        @Override
        public EventMetadata getMetadata() {
            return this;
        }

        @Override
        public Set<Annotation> getQualifiers() {
            return qualifiers;
        }

        @Override
        public InjectionPoint getInjectionPoint() {
            return null;
        }

        @Override
        public Type getType() {
            return type;
        }
    }
}
