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

    /**
     * Sends a {@code PostSave} or {@code PostDelete} (called from {@code @PostPersist}, {@code @PostUpdate},
     * {@code @PostRemove}): now, or, while the provider runs the SQL of a flush (or of a {@code persist()} that
     * inserts at once), when that SQL has run and the entity manager may be used again, so that an observer can
     * persist, merge or remove through it and its writes are flushed with the cause.
     */
    default void deliver(Object entity, Runnable send) {
        send.run();
    }
}
