package org.cdisignals.model;

/**
 * Django's {@code post_init}: fired after an entity's state has been loaded from the database ({@code @PostLoad}
 * semantics), exactly once per instance the persistence context hands out.
 *
 * @param sender   the entity class
 * @param instance the managed instance, with its persistent state loaded
 * @param <T>      the entity type
 */
public record PostInit<T>(Class<T> sender, T instance) {
}
