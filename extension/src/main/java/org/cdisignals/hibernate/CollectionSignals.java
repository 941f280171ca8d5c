package org.cdisignals.hibernate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cdisignals.model.M2MChanged;
import org.cdisignals.model.M2MChanged.Action;
import org.cdisignals.spi.ModelEmitter;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRecreateEvent;
import org.hibernate.event.spi.PreCollectionRecreateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.metamodel.mapping.AttributeMappingsList;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.persister.collection.CollectionPersister;

/**
 * {@code M2MChanged} from Hibernate's collection events. Each collection action of a flush is announced before its
 * SQL and after it: an update by comparing the collection with its snapshot, a recreation (a new owner, or a
 * replaced collection) as additions, and the removal of a replaced collection as removals — or as a clear when
 * the owner is left with an empty collection. An owner's own removal announces nothing.
 */
final class CollectionSignals implements PreCollectionUpdateEventListener, PostCollectionUpdateEventListener,
        PreCollectionRecreateEventListener, PostCollectionRecreateEventListener, PreCollectionRemoveEventListener,
        PostCollectionRemoveEventListener {

    /** One many-to-many collection of one owner instance, as the signal describes it. */
    private record Association(Object instance, Class<?> sender, Class<?> model, boolean reverse, String attribute,
                               String role) {
    }

    /** The key of a replaced collection's old contents, kept from its removal to its successor's recreation. */
    private record Replaced(Object instance, String role) {

        // The owner instance, not its equals(): entities may define equality by id.
        @Override
        public boolean equals(Object other) {
            return other instanceof Replaced that && that.instance == instance && that.role.equals(role);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(instance) + role.hashCode();
        }
    }

    private final HibernateContext context;
    private final String using;

    CollectionSignals(HibernateContext context) {
        this.context = context;
        this.using = context.unit();
    }

    /** Runs the handling of one collection event, unless the adapter stands aside; a linkage failure stops it. */
    private void guarded(Runnable handling) {
        if (!context.active()) {
            return;
        }
        try {
            handling.run();
        } catch (LinkageError e) {
            context.linkageFailed("a collection change", e);
        }
    }

    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        guarded(() -> preUpdate(event));
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        guarded(() -> announced(event));
    }

    @Override
    public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
        guarded(() -> preRemove(event));
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        guarded(() -> announced(event));
    }

    @Override
    public void onPreRecreateCollection(PreCollectionRecreateEvent event) {
        guarded(() -> preRecreate(event));
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        guarded(() -> announced(event));
    }

    private void preUpdate(PreCollectionUpdateEvent event) {
        Association association = association(event);
        if (association != null) {
            Collection<?> before = snapshot(event.getCollection());
            Collection<?> now = contents(event.getCollection());
            announce(event, association, difference(before, now), difference(now, before), now.isEmpty());
        }
    }

    private void preRemove(PreCollectionRemoveEvent event) {
        Association association = association(event);
        if (association == null || ownerRemoved(association.instance(), HibernateSupport.session(event))) {
            return;
        }
        Deliveries.Scope scope = context.scope();
        if (scope == null) {
            return;
        }
        Collection<?> before = snapshot(event.getCollection());
        Collection<?> now = successor(event, association);
        scope.replaced.put(new Replaced(association.instance(), association.role()), before);
        announce(event, association, difference(before, now), Set.of(), now.isEmpty());
    }

    private void preRecreate(PreCollectionRecreateEvent event) {
        Association association = association(event);
        Deliveries.Scope scope = context.scope();
        if (association != null && scope != null) {
            Collection<?> before = scope.replaced.remove(new Replaced(association.instance(), association.role()));
            Collection<?> now = contents(event.getCollection());
            announce(event, association, Set.of(), difference(now, before == null ? Set.of() : before), false);
        }
    }

    /**
     * Sends the {@code PRE_*} events of one collection action and keeps their {@code POST_*} twins in the running
     * operation's scope (collections are written only by a flush, which always has one).
     */
    private void announce(AbstractCollectionEvent event, Association association, Set<Object> removed,
                          Set<Object> added, boolean emptied) {
        Deliveries.Scope scope = context.scope();
        if (scope == null || removed.isEmpty() && added.isEmpty()) {
            return;
        }
        SharedSessionContractImplementor session = HibernateSupport.session(event);
        List<M2MChanged<?>> post = new ArrayList<>(2);
        if (!removed.isEmpty()) {
            if (emptied) {
                post.add(fire(association, Action.PRE_CLEAR, Action.POST_CLEAR, null));
            } else {
                post.add(fire(association, Action.PRE_REMOVE, Action.POST_REMOVE, ids(removed, session)));
            }
        }
        if (!added.isEmpty()) {
            post.add(fire(association, Action.PRE_ADD, Action.POST_ADD, ids(added, session)));
        }
        scope.collectionAnnounced(event.getCollection(), post);
    }

    /** The collection's SQL has run: its {@code POST_*} events wait for the end of the flush. */
    private void announced(AbstractCollectionEvent event) {
        Deliveries.Scope scope = context.scope();
        if (scope != null) {
            scope.collectionWritten(event.getCollection());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private M2MChanged<?> fire(Association a, Action before, Action afterwards, Set<Object> ids) {
        ModelEmitter.m2mChanged(new M2MChanged(a.sender(), a.instance(), before, a.reverse(), a.model(), ids, using,
                a.attribute()));
        return new M2MChanged(a.sender(), a.instance(), afterwards, a.reverse(), a.model(), ids, using, a.attribute());
    }

    /** The association the event is about, or null when it is no many-to-many or nobody observes its sender. */
    private static Association association(AbstractCollectionEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner == null) {
            return null;
        }
        CollectionPersister persister = persister(event.getCollection(), owner, HibernateSupport.session(event));
        if (persister == null || !persister.isManyToMany()) {
            return null;
        }
        Class<?> model = persister.getElementType().getReturnedClass();
        boolean reverse = persister.isInverse();
        // The class that declares the owning attribute, also when a subclass inherits it, as the contract says.
        Class<?> sender = reverse ? model : persister.getOwnerEntityPersister().getMappedClass();
        if (!ModelEmitter.observed(M2MChanged.class, sender)) {
            return null;
        }
        String role = persister.getRole();
        String attribute = reverse ? persister.getMappedByProperty() : role.substring(role.lastIndexOf('.') + 1);
        return new Association(owner, sender, model, reverse, attribute, role);
    }

    /**
     * The persister of {@code collection}. A collection about to be recreated does not know its role yet, so it is
     * found among the owner's attributes by identity.
     */
    private static CollectionPersister persister(PersistentCollection<?> collection, Object owner,
                                                 SharedSessionContractImplementor session) {
        if (collection.getRole() != null) {
            return session.getFactory().getMappingMetamodel().getCollectionDescriptor(collection.getRole());
        }
        AttributeMappingsList attributes = session.getEntityPersister(null, owner).getAttributeMappings();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i) instanceof PluralAttributeMapping plural && plural.getValue(owner) == collection) {
                return plural.getCollectionDescriptor();
            }
        }
        return null;
    }

    private static boolean ownerRemoved(Object owner, SharedSessionContractImplementor session) {
        EntityEntry entry = session.getPersistenceContextInternal().getEntry(owner);
        return entry == null || entry.getStatus() == Status.DELETED || entry.getStatus() == Status.GONE;
    }

    /** The collection that replaced the removed one on its owner (empty when the owner now holds none). */
    private static Collection<?> successor(AbstractCollectionEvent event, Association association) {
        CollectionPersister persister = HibernateSupport.session(event).getFactory().getMappingMetamodel()
                .getCollectionDescriptor(association.role());
        return asCollection(persister.getAttributeMapping().getValue(association.instance()));
    }

    private static Collection<?> snapshot(PersistentCollection<?> collection) {
        return asCollection(collection.getStoredSnapshot());
    }

    private static Collection<?> contents(PersistentCollection<?> collection) {
        return asCollection(collection);
    }

    private static Collection<?> asCollection(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values();
        }
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        return List.of();
    }

    /** The elements of {@code from} that are not in {@code without}, by identity as in a persistence context. */
    private static Set<Object> difference(Collection<?> from, Collection<?> without) {
        Set<Object> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
        excluded.addAll(without);
        Set<Object> result = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object element : from) {
            if (!excluded.contains(element)) {
                result.add(element);
            }
        }
        return result;
    }

    private static Set<Object> ids(Set<Object> elements, SharedSessionContractImplementor session) {
        Set<Object> ids = new LinkedHashSet<>();
        for (Object element : elements) {
            Object id = session.getEntityPersister(null, element).getIdentifier(element, session);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
