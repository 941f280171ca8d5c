package org.cdisignals.spi;

import java.util.Set;

/**
 * What a provider adapter tells the standard JPA listener that JPA callbacks do not carry. An adapter that keeps the
 * JPA callbacks as the points where signals fire (their timing is what observers rely on: a change made to the
 * instance in {@code PreSave} is saved) registers one with {@link ProviderContexts}.
 */
public interface ProviderContext {

    /** The persistence unit of {@code entity}'s class, or null when this adapter does not manage it. */
    String using(Object entity);

    /** The attributes the flush is about to write for {@code entity} (called from {@code @PreUpdate}), or null. */
    Set<String> fieldsToWrite(Object entity);

    /** The attributes the UPDATE of {@code entity} wrote (called from {@code @PostUpdate}), or null. */
    Set<String> fieldsWritten(Object entity);

    /** The entity whose removal reached {@code entity}, or null when unknown. */
    Object origin(Object entity);
}
