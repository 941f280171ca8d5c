package org.cdisignals.model;

import java.util.Set;

/**
 * Django's {@code m2m_changed}: fired when the contents of a {@code @ManyToMany} collection change and the change is
 * flushed. {@code PRE_*} actions fire before the join-table SQL of the flush, {@code POST_*} actions after it.
 * Within a flush, removals fire before additions. Only changes that really happened fire: adding an element already
 * present fires nothing, and so does emptying an empty collection.
 *
 * <p>A change to a {@code @ManyToMany} collection alone fires this event only, no {@link PreSave}/{@link PostSave}
 * for the owner, as in Django.
 *
 * @param sender    the entity class that owns the association (the side without {@code mappedBy})
 * @param instance  the entity whose collection changed
 * @param action    what happened, and whether before or after the SQL
 * @param reverse   true when the changed collection is the inverse ({@code mappedBy}) side
 * @param model     the class of the collection's elements
 * @param pkSet     the ids of the elements added or removed; null for {@link Action#PRE_CLEAR} and
 *                  {@link Action#POST_CLEAR}
 * @param using     the persistence unit name
 * @param attribute the owning attribute name (on the owner class), which tells apart two associations between
 *                  the same types
 * @param <S>       the owning entity type
 */
public record M2MChanged<S>(Class<S> sender, Object instance, Action action, boolean reverse, Class<?> model,
                            Set<Object> pkSet, String using, String attribute) {

    public M2MChanged {
        pkSet = pkSet == null ? null : Set.copyOf(pkSet);
    }

    /** The change, as Django's {@code action} argument. */
    public enum Action {
        PRE_ADD, POST_ADD, PRE_REMOVE, POST_REMOVE, PRE_CLEAR, POST_CLEAR
    }
}
