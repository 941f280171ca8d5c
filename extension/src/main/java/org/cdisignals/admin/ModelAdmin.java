package org.cdisignals.admin;

import java.util.List;
import java.util.Locale;
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
     * The role a user needs to see this entity's admin pages and run its actions, or null for any authenticated user.
     * The admin pages enforce it; {@link AdminActions}, called from code, does not.
     */
    default String requiredRole() {
        return null;
    }

    /**
     * The role a user needs, besides {@link #requiredRole()}, to run {@code action} on this entity from the admin
     * pages, or null for no more than that; by default {@link #requiredRole()}. The pages offer an action only to users
     * with its role and answer 403 to the others.
     */
    default String requiredRole(String action) {
        return requiredRole();
    }

    /**
     * The attributes {@code action} may touch: those {@code mass_update} may write, and those {@code export_csv} and
     * {@code export_json} may emit (also their default columns and fields, in this order). A request naming any other
     * attribute is refused and changes nothing. By default the changelist's {@link #columns()}, so an attribute the
     * list does not show (a password hash, a version) is never written or exported unless named here.
     */
    default List<String> allowedAttributes(String action) {
        return columns();
    }

    /** The path segment of this entity's admin pages ({@code /admin/question/}): its class name in lower case. */
    default String slug() {
        return model().getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** The rows on one page of the changelist. */
    default int listPerPage() {
        return 100;
    }

    /** The text of {@code column} for {@code row} in the changelist; override to format a column. */
    default String display(T row, String column) {
        return String.valueOf(Attributes.read(row, column));
    }
}
