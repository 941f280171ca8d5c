package org.cdisignals.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

/**
 * Qualifies an admin-action signal with the action's name, like the {@code action} argument of django-adminactions'
 * signals: {@code @Observes @Sender(Question.class) @Action("mass_update") AdminActionStart<Question> e} receives
 * only the mass updates of questions. An observer without {@code @Action} receives every action.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface Action {

    /** The action's name: {@code mass_update}, {@code export_csv}, {@code export_json}, {@code merge} or a custom one. */
    String value();

    /** An instance of {@link Action} for firing or selecting events programmatically. */
    final class Literal extends AnnotationLiteral<Action> implements Action {

        private static final long serialVersionUID = 1L;

        private final String value;

        private Literal(String value) {
            this.value = Objects.requireNonNull(value, "action name");
        }

        /** The qualifier {@code @Action(value)}. */
        public static Literal of(String value) {
            return new Literal(value);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
