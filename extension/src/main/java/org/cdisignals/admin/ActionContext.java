package org.cdisignals.admin;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;


/**
 * What an action works on: the selected rows, the entity's {@link ModelAdmin}, the entity manager whose transaction
 * the runner controls, the runner (for the other entities' {@link ModelAdmin}s) and the user's request.
 *
 * @param admin   the runner, which knows every {@link ModelAdmin}
 * @param request the HTTP request of the user running the action, or null when it is run from code
 */
public record ActionContext<T>(Selection<T> selection, ModelAdmin<T> modelAdmin, EntityManager entityManager,
                               AdminActions admin, HttpServletRequest request) {

    /** The {@link ModelAdmin} of {@code entity}, or empty when the application registered none. */
    public Optional<ModelAdmin<?>> modelAdminOf(Class<?> entity) {
        return admin.modelAdmins().stream().filter(m -> m.model() == entity).findFirst();
    }

    /**
     * Whether the user has {@code role}: always for a null role, and always when the action runs from code (there is
     * no user; the caller decides, as it does for the {@link ModelAdmin#requiredRole()}).
     */
    public boolean userInRole(String role) {
        return role == null || request == null || request.isUserInRole(role);
    }
}
