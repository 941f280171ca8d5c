package org.cdisignals.admin;

import java.util.List;


/**
 * An admin action. Applications add their own by making an implementation a CDI bean and naming it in
 * {@link org.cdisignals.admin.ModelAdmin#actions()}; one with a built-in action's name replaces the built-in.
 */
public interface AdminAction {

    /** The name users choose and observers qualify with {@code @Action}. */
    String name();

    /** Whether the action writes: an {@code AdminActionEnd} veto then rolls its changes back. */
    default boolean writes() {
        return true;
    }

    /**
     * The fields of this action's form, as the admin pages show them; none by default (the page then only asks the
     * user to confirm). Reads only.
     */
    default <T> List<ActionField> fields(ActionContext<T> context) {
        return List.of();
    }

    /**
     * Turns {@code form}'s raw values into cleaned data, or records errors (unknown fields, wrong types) with
     * {@link ActionForm#error}. Reads only; runs before {@code AdminActionStart}, outside any transaction.
     */
    <T> void clean(ActionForm form, ActionContext<T> context);

    /**
     * Runs the action on the selection with the cleaned form, inside the transaction the runner opened; throwing
     * rolls everything back.
     */
    <T> ActionResult execute(ActionForm form, ActionContext<T> context);
}
