/**
 * Django-adminactions for JPA entities, API and SPI in one package: the {@link org.cdisignals.admin.AdminActionRequested},
 * {@link org.cdisignals.admin.AdminActionStart} and {@link org.cdisignals.admin.AdminActionEnd} signals, the
 * {@link org.cdisignals.admin.Action} qualifier, the model ({@link org.cdisignals.admin.ModelAdmin},
 * {@link org.cdisignals.admin.Selection}, {@link org.cdisignals.admin.ActionForm}), the
 * {@link org.cdisignals.admin.AdminActions} runner that takes an action through its lifecycle, and what a custom
 * action implements ({@link org.cdisignals.admin.AdminAction} with {@link org.cdisignals.admin.ActionContext},
 * {@link org.cdisignals.admin.ActionField} and {@link org.cdisignals.admin.ActionResult}). The built-in actions are
 * package-private here; their messages have the codes {@code CDISIG-101} to {@code CDISIG-119}.
 */
package org.cdisignals.admin;
