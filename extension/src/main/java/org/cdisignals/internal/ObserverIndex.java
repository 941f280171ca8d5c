package org.cdisignals.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.ObserverMethod;

import org.cdisignals.Sender;

/**
 * Every observer method of the deployment, collected while the container boots, answering "can any observer receive
 * this event type from this sender?" without building an event.
 *
 * <p>The answer may be a false "yes" for observer shapes it does not model (a type variable as the observed type,
 * a generic supertype), never a false "no": a false "yes" only costs building an event nobody receives.
 */
final class ObserverIndex {

    /** One observer method and how to name it in messages and {@code sendRobust} results. */
    record Entry(ObserverMethod<?> method, String description) {
    }

    private static final Comparator<Entry> NOTIFICATION_ORDER = Comparator.comparingInt(e -> e.method().getPriority());

    private final List<Entry> entries = new ArrayList<>();

    void add(ObserverMethod<?> method, String description) {
        entries.add(new Entry(method, description));
    }

    /**
     * The observers that receive {@code eventClass} fired from {@code sender} (null: no sender) with the given
     * qualifiers, synchronous or asynchronous, in notification order.
     */
    List<Entry> receivers(Class<?> eventClass, Class<?> sender, Set<Annotation> qualifiers, boolean async) {
        List<Entry> receivers = new ArrayList<>();
        for (Entry entry : entries) {
            ObserverMethod<?> method = entry.method();
            if (method.isAsync() == async
                    && typeMatches(method.getObservedType(), eventClass, sender)
                    && qualifiersMatch(method.getObservedQualifiers(), qualifiers)) {
                receivers.add(entry);
            }
        }
        receivers.sort(NOTIFICATION_ORDER);
        return receivers;
    }

    /**
     * Whether some observer, synchronous or asynchronous (library signals reach both), could receive
     * {@code eventClass} fired with only a {@code @Sender}.
     */
    boolean receivesFromSomeSender(Class<?> eventClass) {
        for (Entry entry : entries) {
            ObserverMethod<?> method = entry.method();
            if (typeMatches(method.getObservedType(), eventClass, null)
                    && method.getObservedQualifiers().stream().allMatch(
                            q -> q instanceof Sender || q.annotationType() == Any.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean typeMatches(Type observed, Class<?> eventClass, Class<?> sender) {
        if (observed instanceof Class<?> observedClass) {
            return observedClass.isAssignableFrom(eventClass);
        }
        if (observed instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw != eventClass) {
                return raw.isAssignableFrom(eventClass);
            }
            Type[] arguments = parameterized.getActualTypeArguments();
            return sender == null || arguments.length != 1 || argumentAccepts(arguments[0], sender);
        }
        return true;
    }

    private static boolean argumentAccepts(Type argument, Class<?> sender) {
        if (argument instanceof Class<?> exact) {
            return exact == sender;
        }
        if (argument instanceof ParameterizedType parameterized) {
            return parameterized.getRawType() == sender;
        }
        if (argument instanceof WildcardType wildcard) {
            for (Type upper : wildcard.getUpperBounds()) {
                if (!boundAccepts(upper, sender)) {
                    return false;
                }
            }
            for (Type lower : wildcard.getLowerBounds()) {
                if (lower instanceof Class<?> lowerClass && !sender.isAssignableFrom(lowerClass)) {
                    return false;
                }
            }
            return true;
        }
        if (argument instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                if (!boundAccepts(bound, sender)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean boundAccepts(Type bound, Class<?> sender) {
        if (bound instanceof Class<?> boundClass) {
            return boundClass.isAssignableFrom(sender);
        }
        if (bound instanceof ParameterizedType parameterized) {
            return ((Class<?>) parameterized.getRawType()).isAssignableFrom(sender);
        }
        return true;
    }

    private static boolean qualifiersMatch(Set<Annotation> observed, Set<Annotation> fired) {
        for (Annotation qualifier : observed) {
            Class<? extends Annotation> kind = qualifier.annotationType();
            if (kind == Any.class) {
                continue;
            }
            if (kind == Default.class) {
                if (!fired.isEmpty()) {
                    return false;
                }
                continue;
            }
            if (!fired.contains(qualifier)) {
                return false;
            }
        }
        return true;
    }
}
