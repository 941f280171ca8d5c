package org.cdisignals.admin;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Django-adminactions' {@code adminaction_requested}: a user chose an action for selected rows ("Go"), before the
 * action's form is shown. Fired qualified {@code @Sender(sender)} and {@code @Action(action)}, only for a selection
 * that is not empty and whose ids all exist. Throw {@link ActionInterrupted} to refuse the action.
 *
 * @param sender     the entity class the rows belong to (the {@link ModelAdmin}'s model)
 * @param action     the action's name
 * @param request    the HTTP request that asked for it, or null when the action is run programmatically
 * @param queryset   the selected rows, to ask questions of without loading them all
 * @param modelAdmin the description of the entity for the admin
 */
public record AdminActionRequested<T>(Class<T> sender, String action, HttpServletRequest request,
                                      Selection<T> queryset, ModelAdmin<T> modelAdmin) {
}
