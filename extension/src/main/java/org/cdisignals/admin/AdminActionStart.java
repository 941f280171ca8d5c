package org.cdisignals.admin;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Django-adminactions' {@code adminaction_start}: the action's form was submitted ("Apply") and is valid; fired just
 * before the action runs, outside its transaction, qualified {@code @Sender(sender)} and {@code @Action(action)}. An
 * invalid form sends nothing. Throw {@link ActionInterrupted} to stop the action: nothing runs, nothing changes.
 *
 * @param sender     the entity class the rows belong to
 * @param action     the action's name
 * @param request    the HTTP request, or null when the action is run programmatically
 * @param queryset   the selected rows
 * @param modelAdmin the description of the entity for the admin
 * @param form       the validated form: its {@link ActionForm#cleaned() cleaned data} is what the action will use
 */
public record AdminActionStart<T>(Class<T> sender, String action, HttpServletRequest request, Selection<T> queryset,
                                  ModelAdmin<T> modelAdmin, ActionForm form) {
}
