package org.cdisignals.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;


/**
 * One user's run of one action over one selection, from "Go" ({@link AdminActions#request}) to "Apply"
 * ({@link #apply}). Not thread-safe, and applied at most once, like the form page it stands for.
 */
public final class ActionRun<T> {

    private static final Logger LOG = Logger.getLogger(ActionRun.class.getName());

    private final AdminAction action;
    private final ActionContext<T> context;
    private final Transactions transactions;
    private final HttpServletRequest request;
    private ActionOutcome stopped;
    private boolean applied;

    ActionRun(AdminAction action, ActionContext<T> context, Transactions transactions, HttpServletRequest request) {
        this.action = action;
        this.context = context;
        this.transactions = transactions;
        this.request = request;
    }

    static <T> ActionRun<T> refused(ActionOutcome outcome) {
        ActionRun<T> run = new ActionRun<>(null, null, null, null);
        run.stopped = outcome;
        return run;
    }

    /** Why the request did not get as far as the form (invalid selection, a veto, a failure), or empty. */
    public Optional<ActionOutcome> stopped() {
        return Optional.ofNullable(stopped);
    }

    /** The selected rows, or null when the run was stopped before they were known. */
    public Selection<T> selection() {
        return context == null ? null : context.selection();
    }

    /** The name of the action, or null when the run was stopped before the action was known. */
    public String action() {
        return action == null ? null : action.name();
    }

    /** The fields of the action's form for this selection; none when the run was stopped. */
    public List<ActionField> fields() {
        return context == null ? List.of() : action.fields(context);
    }

    /**
     * Submits the action's form with {@code raw} values: validates them and the selection (errors: nothing runs, no
     * {@link AdminActionStart}), sends {@link AdminActionStart}, runs the action in one transaction, sends
     * {@link AdminActionEnd} inside it after flushing, and commits.
     */
    public ActionOutcome apply(Map<String, String> raw) {
        if (stopped != null || applied) {
            throw new IllegalStateException(Messages.runAlreadyUsed(stopped != null ? "an action" : action.name()));
        }
        applied = true;
        Selection<T> selection = context.selection();
        ModelAdmin<T> modelAdmin = context.modelAdmin();
        Class<T> model = selection.model();
        String name = action.name();
        ActionForm form = new ActionForm(name, raw);
        try {
            List<Object> missing = selection.missing();
            if (!missing.isEmpty()) {
                form.error(ActionForm.NON_FIELD, Messages.missingRows(model, missing));
                return ActionOutcome.invalid(form.errors());
            }
            action.clean(form, context);
            if (!form.isValid()) {
                return ActionOutcome.invalid(form.errors());
            }
            AdminActions.fire(AdminActionStart.class, model, name,
                    () -> new AdminActionStart<>(model, name, request, selection, modelAdmin, form));
        } catch (RuntimeException e) {
            return stoppedBy(name, e, context.entityManager());
        }
        try {
            ActionResult result = transactions.inTransaction(() -> {
                ActionResult done = action.execute(form, context);
                context.entityManager().flush();
                AdminActions.fire(AdminActionEnd.class, model, name, () -> new AdminActionEnd<>(model, name, request,
                        selection, modelAdmin, form, done.errors(), done.updated()));
                return done;
            });
            return ActionOutcome.done(result);
        } catch (RuntimeException e) {
            return stoppedBy(name, e, context.entityManager());
        }
    }

    /**
     * The outcome for an exception from an observer or the action: the first {@link ActionInterrupted} in its causes
     * (providers wrap what a {@code PreSave} observer throws) is a veto, anything else a failure.
     */
    static ActionOutcome stoppedBy(String action, RuntimeException e, EntityManager em) {
        // What the rolled-back work left in the persistence context is not in the database any more.
        em.clear();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ActionInterrupted interrupted) {
                return ActionOutcome.interrupted(interrupted.getMessage());
            }
        }
        String message = Messages.actionFailed(action, e);
        LOG.log(Level.WARNING, message, e);
        return ActionOutcome.failed(message, e);
    }

    @Override
    public String toString() {
        return stopped != null ? "stopped " + stopped : action.name() + " " + context.selection();
    }
}
