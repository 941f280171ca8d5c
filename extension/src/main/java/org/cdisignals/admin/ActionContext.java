package org.cdisignals.admin;

import jakarta.persistence.EntityManager;


/**
 * What an action works on: the selected rows, the entity's {@link ModelAdmin}, and the entity manager whose
 * transaction the runner controls.
 */
public record ActionContext<T>(Selection<T> selection, ModelAdmin<T> modelAdmin, EntityManager entityManager) {
}
