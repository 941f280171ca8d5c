package org.cdisignals.hibernate;

import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.cdisignals.model.M2MChanged;
import org.cdisignals.model.PostDelete;
import org.cdisignals.model.PostSave;
import org.cdisignals.spi.ModelEmitter;
import org.cdisignals.spi.ProviderContext;
import org.cdisignals.spi.UnitRoute;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.collection.CollectionPersister;

/**
 * What the standard JPA listener learns, for the entities of one Hibernate unit, from the listeners the adapter puts
 * around Hibernate's own. Hibernate invokes a JPA callback on the same thread, inside the event that knows the
 * answer, so each answer is handed over for the one entity the callback is about.
 */
final class HibernateContext implements ProviderContext {

    /**
     * An answer about exactly one entity instance, made of JDK objects only and holding the entity weakly (its
     * callback runs while Hibernate holds it). The listener after the callback clears it, but Hibernate runs no
     * further listener when the callback fails: what is left on a pooled thread then must hold neither the
     * application's objects nor the library's classes, or it would keep the undeployed application's class loader.
     */
    private static Map.Entry<Reference<Object>, Object> handoff(Object entity, Object value) {
        return new AbstractMap.SimpleImmutableEntry<>(new WeakReference<>(entity), value);
    }

    private static Object valueFor(Map.Entry<Reference<Object>, Object> handoff, Object candidate) {
        return handoff == null || handoff.getKey().get() != candidate ? null : handoff.getValue();
    }

    /** The removal the application requested on this thread, and the entities its cascade reached. */
    private static final class Removal {
        final Object root;
        final List<Object> reached = new ArrayList<>();

        Removal(Object root) {
            this.root = root;
        }
    }

    private final String using;
    private final UnitRoute route;
    private final Deliveries deliveries;
    private final Set<Class<?>> entityClasses;
    private final ThreadLocal<Map.Entry<Reference<Object>, Object>> toWrite = new ThreadLocal<>();
    private final ThreadLocal<Map.Entry<Reference<Object>, Object>> written = new ThreadLocal<>();
    private final ThreadLocal<Map.Entry<Reference<Object>, Object>> deleted = new ThreadLocal<>();
    private final ThreadLocal<Removal> removal = new ThreadLocal<>();
    // Removal roots wait here from remove() until the flush deletes the rows; weak so a discarded session frees them.
    private final Map<SharedSessionContractImplementor, Map<Object, Object>> origins = new WeakHashMap<>();

    private volatile boolean active = true;

    HibernateContext(String using, UnitRoute route, Set<Class<?>> entityClasses) {
        this.using = using;
        this.route = route;
        this.deliveries = new Deliveries(using);
        this.entityClasses = Set.copyOf(entityClasses);
    }

    String unit() {
        return using;
    }

    /**
     * The container this unit's signals go to. The listeners that start Hibernate's operations (flush, persist,
     * merge, remove, load) run them through it when {@link UnitRoute#routing()}, so that the JPA callbacks and the
     * adapter's own listeners inside reach this unit's container.
     */
    UnitRoute route() {
        return route;
    }

    /** False once a call into Hibernate failed to link: the listeners then only pass Hibernate's events on. */
    boolean active() {
        return active;
    }

    /** Stops the adapter for this unit after {@code error} (CDISIG-052, logged once); Hibernate's work goes on. */
    void linkageFailed(String where, LinkageError error) {
        if (active) {
            active = false;
            toWrite.remove();
            written.remove();
            deleted.remove();
            HibernateSupport.linkageFailed(using, where, error);
        }
    }

    @Override
    public String using(Object entity) {
        // Two units of the same classes in two containers: the one whose callback runs is the one asked.
        return entityClasses.contains(entity.getClass()) && route.within() ? using : null;
    }

    @SuppressWarnings("unchecked")
    @Override
    public Set<String> fieldsToWrite(Object entity) {
        return (Set<String>) valueFor(toWrite.get(), entity);
    }

    @SuppressWarnings("unchecked")
    @Override
    public Set<String> fieldsWritten(Object entity) {
        return (Set<String>) valueFor(written.get(), entity);
    }

    @Override
    public void deliver(Object entity, Runnable send) {
        deliveries.deliver(send);
    }

    /** The scope of the outermost Hibernate operation running on this thread, or null. */
    Deliveries.Scope scope() {
        return deliveries.scope();
    }

    /**
     * Whether an operation must hold the signals it raises: only when someone observes one that is sent after SQL.
     * Otherwise the listeners call Hibernate's own straight away, allocating nothing.
     */
    boolean defers() {
        return active && (ModelEmitter.observedFromAnySender(PostSave.class)
                || ModelEmitter.observedFromAnySender(PostDelete.class)
                || ModelEmitter.observedFromAnySender(M2MChanged.class));
    }

    void around(Object event, boolean flush, Runnable operation) {
        SharedSessionContractImplementor session;
        try {
            if (!active) {
                operation.run();
                return;
            }
            session = HibernateSupport.session(event);
        } catch (LinkageError e) {
            linkageFailed("an operation's signals", e);
            operation.run();
            return;
        }
        deliveries.around(session, flush, operation);
    }

    /**
     * Before a flush: loads the old contents of every many-to-many collection the application replaced without ever
     * reading it, so that its removal can say what it removed (Hibernate keeps no snapshot of an unread collection).
     */
    void replacedCollectionsLoaded(Object event) {
        if (!active || !ModelEmitter.observedFromAnySender(M2MChanged.class)) {
            return;
        }
        Map<PersistentCollection<?>, CollectionEntry> entries =
                HibernateSupport.session(event).getPersistenceContextInternal().getCollectionEntries();
        if (entries == null) {
            return;
        }
        List<PersistentCollection<?>> unread = new ArrayList<>();
        for (Map.Entry<PersistentCollection<?>, CollectionEntry> entry : entries.entrySet()) {
            PersistentCollection<?> collection = entry.getKey();
            CollectionPersister persister = entry.getValue().getLoadedPersister();
            Object owner = collection.getOwner();
            if (!collection.wasInitialized() && persister != null && persister.isManyToMany() && owner != null
                    && persister.getAttributeMapping().getValue(owner) != collection) {
                unread.add(collection);
            }
        }
        unread.forEach(PersistentCollection::forceInitialization);
    }

    @Override
    public Object origin(Object entity) {
        Removal current = removal.get();
        if (current != null) {
            current.reached.add(entity);
            return current.root;
        }
        Object origin = valueFor(deleted.get(), entity);
        Object root = origin instanceof Reference<?> reference ? reference.get() : null;
        return root != null ? root : entity;
    }

    /** Runs Hibernate's flush of {@code entity} with the attributes it will write handed to {@code @PreUpdate}. */
    void flushing(Object entity, Set<String> fields, Runnable flush) {
        toWrite.set(handoff(entity, fields));
        try {
            flush.run();
        } finally {
            toWrite.remove();
        }
    }

    void updated(Object entity, Set<String> fields) {
        written.set(handoff(entity, fields));
    }

    void updateReported() {
        written.remove();
    }

    /**
     * Runs Hibernate's removal of {@code entity}: the outermost one on a thread is the root the application asked
     * for, and every entity its cascade reaches (seen by {@code @PreRemove}) is remembered for the flush.
     */
    void removing(Object entity, SharedSessionContractImplementor session, Runnable remove) {
        if (removal.get() != null) {
            remove.run();
            return;
        }
        Removal current = new Removal(entity);
        removal.set(current);
        try {
            remove.run();
        } finally {
            removal.remove();
            synchronized (origins) {
                Map<Object, Object> roots = origins.computeIfAbsent(session, s -> new IdentityHashMap<>());
                current.reached.forEach(reached -> roots.putIfAbsent(reached, current.root));
            }
        }
    }

    void deleting(Object entity, SharedSessionContractImplementor session) {
        Object origin;
        synchronized (origins) {
            Map<Object, Object> roots = origins.get(session);
            origin = roots == null ? null : roots.remove(entity);
        }
        // The removal root is held by the session until its own deletion, which comes after those it cascaded to.
        deleted.set(handoff(entity, origin == null ? null : new WeakReference<>(origin)));
    }

    void deleteReported() {
        deleted.remove();
    }

}
