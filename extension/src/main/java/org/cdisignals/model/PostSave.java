package org.cdisignals.model;

import java.util.Set;

/**
 * Django's {@code post_save}: fired after the INSERT ({@code created=true}) or UPDATE ({@code created=false}) of an
 * entity has been sent to the database, inside the flush and the transaction.
 *
 * <p>The transaction may still roll back; observe with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}
 * for Django's {@code on_commit} semantics.
 *
 * @param sender       the entity class (never a proxy or woven subclass)
 * @param instance     the entity that was saved
 * @param created      true after an INSERT, false after an UPDATE
 * @param raw          true when the save happened inside {@link org.cdisignals.Signals#raw(Runnable)}
 * @param using        the persistence unit name, or null where the provider adapter is not active
 * @param updateFields null for inserts; for updates the names of the attributes written, where the provider adapter
 *                     can tell, else null
 * @param <T>          the entity type
 */
public record PostSave<T>(Class<T> sender, T instance, boolean created, boolean raw, String using,
                          Set<String> updateFields) {

    public PostSave {
        updateFields = updateFields == null ? null : Set.copyOf(updateFields);
    }
}
