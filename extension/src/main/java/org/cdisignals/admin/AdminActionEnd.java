package org.cdisignals.admin;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Django-adminactions' {@code adminaction_end}: the action has run and its changes are flushed, inside its still open
 * transaction; qualified {@code @Sender(sender)} and {@code @Action(action)}. Throw {@link ActionInterrupted} to roll
 * the transaction back (for an export, the file is then not handed out). Not sent when the action itself failed: that
 * rolls back and is reported to the caller.
 *
 * @param sender     the entity class the rows belong to
 * @param action     the action's name
 * @param request    the HTTP request, or null when the action is run programmatically
 * @param queryset   the selected rows (as they are now, inside the transaction)
 * @param modelAdmin the description of the entity for the admin
 * @param form       the validated form the action ran with
 * @param errors     per-row problems the action reported without failing, by row id (empty for the built-in
 *                   actions: any failing row rolls the whole action back)
 * @param updated    the number of rows the action wrote (0 for exports)
 */
public record AdminActionEnd<T>(Class<T> sender, String action, HttpServletRequest request, Selection<T> queryset,
                                ModelAdmin<T> modelAdmin, ActionForm form, Map<String, String> errors, int updated) {

    public AdminActionEnd {
        errors = Map.copyOf(errors);
    }
}
