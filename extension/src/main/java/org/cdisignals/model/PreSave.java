package org.cdisignals.model;

import java.util.Set;

/**
 * Django's {@code pre_save}: fired before an entity is inserted ({@code @PrePersist}, at {@code persist}/{@code merge}
 * of a new entity) or updated ({@code @PreUpdate}, when the flush finds basic or to-one changes).
 *
 * <p>An exception thrown by an observer stops the dispatch and reaches the code that persisted or flushed; inside a
 * transaction it marks the transaction for rollback.
 *
 * @param sender       the entity class (never a proxy or woven subclass)
 * @param instance     the entity being saved
 * @param raw          true when the save happens inside {@link org.cdisignals.Signals#raw(Runnable)} (data import,
 *                     replication): observers should not touch other records
 * @param using        the persistence unit name, or null where the provider adapter is not active
 * @param updateFields null for inserts; for updates the names of the persistent attributes being written (the dirty
 *                     set) where the provider adapter can tell, else null
 * @param <T>          the entity type
 */
public record PreSave<T>(Class<T> sender, T instance, boolean raw, String using, Set<String> updateFields) {

    public PreSave {
        updateFields = updateFields == null ? null : Set.copyOf(updateFields);
    }
}
