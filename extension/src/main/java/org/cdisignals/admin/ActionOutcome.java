package org.cdisignals.admin;

import java.util.Map;


/**
 * How a step of an action ended, for the caller to show: a page redirects with {@link #message()} or hands out
 * {@link #download()}; an invalid form is shown again with {@link #errors()}.
 *
 * @param status   what happened
 * @param message  what the user is told: the action's result, an observer's {@link ActionInterrupted} message, or
 *                 the error
 * @param errors   the form's errors by field ({@link ActionForm#NON_FIELD} for the selection or the form as a whole)
 * @param updated  the rows the action wrote
 * @param download the file an export produced, or null
 * @param failure  the exception that made the action fail, or null
 */
public record ActionOutcome(Status status, String message, Map<String, String> errors, int updated,
                            ActionResult.Download download, Throwable failure) {

    public enum Status {
        /** The action ran and its transaction committed. */
        DONE,
        /** The selection or the form is invalid: nothing ran, nothing changed, no {@code AdminActionStart}. */
        INVALID,
        /** An observer threw {@link ActionInterrupted}: nothing changed (a started action was rolled back). */
        INTERRUPTED,
        /** Another exception: the action's transaction was rolled back. */
        FAILED
    }

    public ActionOutcome {
        errors = Map.copyOf(errors);
    }

    static ActionOutcome done(ActionResult result) {
        return new ActionOutcome(Status.DONE, result.message(), result.errors(), result.updated(), result.download(),
                null);
    }

    static ActionOutcome invalid(Map<String, String> errors) {
        return new ActionOutcome(Status.INVALID, String.join(" ", errors.values()), errors, 0, null, null);
    }

    static ActionOutcome interrupted(String message) {
        return new ActionOutcome(Status.INTERRUPTED, message, Map.of(), 0, null, null);
    }

    static ActionOutcome failed(String message, Throwable failure) {
        return new ActionOutcome(Status.FAILED, message, Map.of(), 0, null, failure);
    }
}
