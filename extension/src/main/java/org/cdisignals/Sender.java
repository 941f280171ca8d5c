package org.cdisignals;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

/**
 * Qualifies a signal with the class that sent it, like the {@code sender} argument of Django's {@code connect}.
 *
 * <p>Every signal that has a sender is fired with {@code @Sender(<sender class>)}. An observer that declares
 * {@code @Sender(Question.class)} receives the signals of exactly that class (not its subclasses, as in Django);
 * an observer without {@code @Sender} receives every sender. For model signals the sender is always the real
 * entity class, never a provider proxy or woven subclass.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface Sender {

    /** The exact class whose signals the observer receives. */
    Class<?> value();

    /** An instance of {@link Sender} for firing or selecting events programmatically. */
    final class Literal extends AnnotationLiteral<Sender> implements Sender {

        private static final long serialVersionUID = 1L;

        private final Class<?> value;

        private Literal(Class<?> value) {
            this.value = Objects.requireNonNull(value, "sender class");
        }

        /** The qualifier {@code @Sender(value)}. */
        public static Literal of(Class<?> value) {
            return new Literal(value);
        }

        @Override
        public Class<?> value() {
            return value;
        }
    }
}
