package org.cdisignals.admin;

import java.util.List;
import java.util.Set;

/**
 * Describes an entity for the admin. An application registers one as an ordinary CDI bean:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class QuestionAdmin implements ModelAdmin<Question> {
 *     public Class<Question> model() { return Question.class; }
 *     public List<String> columns() { return List.of("id", "questionText"); }
 * }
 * }</pre>
 *
 * At most one bean per entity class; the {@link AdminActions} runner finds it by {@link #model()}.
 */
public interface ModelAdmin<T> {

    /** Every built-in action's name. */
    Set<String> BUILT_IN_ACTIONS = Set.of("mass_update", "export_csv", "export_json", "merge");

    /** The entity class. */
    Class<T> model();

    /** The attributes listed for each row, and exported as CSV when the form names no columns. */
    List<String> columns();

    /** The names of the actions allowed on this entity: the built-in ones unless overridden. */
    default Set<String> actions() {
        return BUILT_IN_ACTIONS;
    }

    /**
     * The role a user needs to run actions here, or null for any user. Described for the admin pages; the in-JVM core
     * does not enforce it (servlet security will).
     */
    default String requiredRole() {
        return null;
    }
}
