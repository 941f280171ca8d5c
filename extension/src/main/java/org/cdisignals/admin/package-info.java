/**
 * Django-adminactions for JPA entities: the {@link org.cdisignals.admin.AdminActionRequested},
 * {@link org.cdisignals.admin.AdminActionStart} and {@link org.cdisignals.admin.AdminActionEnd} signals, the
 * {@link org.cdisignals.admin.Action} qualifier, the model ({@link org.cdisignals.admin.ModelAdmin},
 * {@link org.cdisignals.admin.Selection}, {@link org.cdisignals.admin.ActionForm}), the built-in actions and the
 * {@link org.cdisignals.admin.AdminActions} runner that takes an action through its lifecycle.
 */
package org.cdisignals.admin;
