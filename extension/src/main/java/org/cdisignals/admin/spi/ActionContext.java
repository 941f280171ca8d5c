package org.cdisignals.admin.spi;

import jakarta.persistence.EntityManager;

import org.cdisignals.admin.ModelAdmin;
import org.cdisignals.admin.Selection;

/**
 * What an action works on: the selected rows, the entity's {@link ModelAdmin}, and the entity manager whose
 * transaction the runner controls.
 */
public record ActionContext<T>(Selection<T> selection, ModelAdmin<T> modelAdmin, EntityManager entityManager) {
}
