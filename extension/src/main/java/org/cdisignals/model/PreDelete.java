package org.cdisignals.model;

/**
 * Django's {@code pre_delete}: fired before an entity is removed ({@code @PreRemove}, at {@code EntityManager.remove}
 * for the entity and for every entity the removal cascades to).
 *
 * @param sender   the entity class
 * @param instance the entity about to be removed
 * @param using    the persistence unit name, or null where the provider adapter is not active
 * @param origin   the entity whose removal the application requested; cascaded removals carry that root. Null
 *                 where the provider adapter is not active.
 * @param <T>      the entity type
 */
public record PreDelete<T>(Class<T> sender, T instance, String using, Object origin) {
}
