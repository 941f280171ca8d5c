package org.cdisignals.model;

/**
 * Django's {@code post_delete}: fired after the DELETE of an entity has been sent to the database
 * ({@code @PostRemove}), inside the flush and the transaction.
 *
 * @param sender   the entity class
 * @param instance the removed entity (no longer managed)
 * @param using    the persistence unit name, or null where the provider adapter is not active
 * @param origin   the entity whose removal the application requested; cascaded removals carry that root. Null
 *                 where the provider adapter is not active.
 * @param <T>      the entity type
 */
public record PostDelete<T>(Class<T> sender, T instance, String using, Object origin) {
}
