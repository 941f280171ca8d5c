package org.cdisignals.model;

/**
 * Django's {@code class_prepared}: fired once per entity type of each persistence unit, when the provider has
 * prepared the unit's metamodel, after the application's observers can receive it and before any other signal for
 * that type. Embeddables and mapped superclasses are not entity types and get none.
 *
 * @param sender the entity class
 * @param using  the persistence unit name
 * @param <T>    the entity type
 */
public record ClassPrepared<T>(Class<T> sender, String using) {
}
