package org.cdisignals.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Arrays;
import java.util.Objects;

import jakarta.enterprise.event.Event;

/** The one place that builds the parameterized types the dispatcher fires and selects. */
final class Types {

    private Types() {
    }

    /**
     * The type an event is fired as: {@code PostSave<Question>} for a record generic in its sender, the plain class
     * for any other event or when there is no sender.
     */
    static Type eventType(Class<?> eventClass, Class<?> sender) {
        TypeVariable<?>[] parameters = eventClass.getTypeParameters();
        if (sender == null || parameters.length != 1) {
            return eventClass;
        }
        return new Parameterized(eventClass, sender);
    }

    /** {@code Event<eventType>}, the type of the synthetic injection point that yields a typed {@link Event}. */
    static Type eventOf(Type eventType) {
        return new Parameterized(Event.class, eventType);
    }

    private record Parameterized(Class<?> raw, Type argument) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {argument};
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }

        // Equality and hash as the JDK's own ParameterizedType, so containers may mix both in their caches.
        @Override
        public boolean equals(Object other) {
            return other instanceof ParameterizedType that
                    && raw.equals(that.getRawType())
                    && that.getOwnerType() == null
                    && Arrays.equals(getActualTypeArguments(), that.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(getActualTypeArguments()) ^ Objects.hashCode(null) ^ raw.hashCode();
        }

        @Override
        public String toString() {
            return raw.getName() + "<" + argument.getTypeName() + ">";
        }
    }
}
