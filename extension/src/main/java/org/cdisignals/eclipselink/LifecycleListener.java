package org.cdisignals.eclipselink;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import org.cdisignals.model.PostDelete;
import org.cdisignals.model.PostInit;
import org.cdisignals.model.PostSave;
import org.cdisignals.model.PreDelete;
import org.cdisignals.model.PreInit;
import org.cdisignals.model.PreSave;
import org.cdisignals.spi.ModelEmitter;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;

/**
 * The save, delete and init signals of one persistence unit, from EclipseLink's descriptor events, which carry what
 * JPA callbacks do not: the session (so the unit), the change set (so the dirty attributes) and the unit of work
 * (so the removal root).
 */
final class LifecycleListener extends DescriptorEventAdapter {

    private final String using;
    private final Function<Session, FlushState> flushState;
    private final EclipseLinkSignals adapter;

    LifecycleListener(String using, Function<Session, FlushState> flushState, EclipseLinkSignals adapter) {
        this.using = using;
        this.flushState = flushState;
        this.adapter = adapter;
    }

    /** Whether any signal this listener sends for {@code entityClass} has an observer. */
    static boolean observes(Class<?> entityClass) {
        return ModelEmitter.observed(PreSave.class, entityClass) || ModelEmitter.observed(PostSave.class, entityClass)
                || ModelEmitter.observed(PreDelete.class, entityClass)
                || ModelEmitter.observed(PostDelete.class, entityClass)
                || ModelEmitter.observed(PostInit.class, entityClass)
                || ModelEmitter.observed(PreInit.class, entityClass);
    }

    @Override
    public void prePersist(DescriptorEvent event) {
        adapter.guarded("prePersist", () -> onPrePersist(event));
    }

    private void onPrePersist(DescriptorEvent event) {
        Object entity = event.getSource();
        ModelEmitter.preSave(entity.getClass(), entity, using, null);
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        adapter.guarded("postInsert", () -> onPostInsert(event));
    }

    private void onPostInsert(DescriptorEvent event) {
        Object entity = event.getSource();
        if (!ModelEmitter.observed(PostSave.class, entity.getClass())) {
            return;
        }
        FlushState state = flushState.apply(event.getSession());
        if (!state.firstInsertion(entity)) {
            return;
        }
        state.deliverLater(
                () -> ModelEmitter.postSave(entity.getClass(), entity, true, using, null));
    }

    @Override
    public void preUpdateWithChanges(DescriptorEvent event) {
        adapter.guarded("preUpdateWithChanges", () -> onPreUpdateWithChanges(event));
    }

    private void onPreUpdateWithChanges(DescriptorEvent event) {
        Object entity = event.getSource();
        if (!ModelEmitter.observed(PreSave.class, entity.getClass())) {
            return;
        }
        // The query's change set, not event.getChangeSet(): the EclipseLink 4.0.1 in Payara 6 raises this event
        // without setting the event's change set (4.0.8 sets it).
        Set<String> fields = updateFields(((WriteObjectQuery) event.getQuery()).getObjectChangeSet());
        if (!fields.isEmpty()) {
            ModelEmitter.preSave(entity.getClass(), entity, using, fields);
        }
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        adapter.guarded("postUpdate", () -> onPostUpdate(event));
    }

    private void onPostUpdate(DescriptorEvent event) {
        Object entity = event.getSource();
        if (!ModelEmitter.observed(PostSave.class, entity.getClass())) {
            return;
        }
        Set<String> fields = updateFields(((WriteObjectQuery) event.getQuery()).getObjectChangeSet());
        if (!fields.isEmpty()) {
            flushState.apply(event.getSession()).deliverLater(
                    () -> ModelEmitter.postSave(entity.getClass(), entity, false, using, fields));
        }
    }

    @Override
    public void preRemove(DescriptorEvent event) {
        adapter.guarded("preRemove", () -> onPreRemove(event));
    }

    private void onPreRemove(DescriptorEvent event) {
        Object entity = event.getSource();
        // A cascade's root may be observed by nobody while what it reaches is: any observer of either needs origins.
        if (!ModelEmitter.observedFromAnySender(PreDelete.class)
                && !ModelEmitter.observedFromAnySender(PostDelete.class)) {
            return;
        }
        // The origin is claimed even when nobody observes PreDelete: PostDelete observers need it later.
        Object origin = flushState.apply(event.getSession()).originOf(entity, (AbstractSession) event.getSession());
        if (ModelEmitter.observed(PreDelete.class, entity.getClass())) {
            ModelEmitter.preDelete(entity.getClass(), entity, using, origin);
        }
    }

    /** An orphan the flush will delete, which EclipseLink removes without a remove event: its own origin. */
    void orphaned(Object entity, FlushState state) {
        if (state.claimOrphan(entity) && ModelEmitter.observed(PreDelete.class, entity.getClass())) {
            ModelEmitter.preDelete(entity.getClass(), entity, using, entity);
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        adapter.guarded("postDelete", () -> onPostDelete(event));
    }

    private void onPostDelete(DescriptorEvent event) {
        Object entity = event.getSource();
        if (!ModelEmitter.observed(PostDelete.class, entity.getClass())) {
            return;
        }
        FlushState state = flushState.apply(event.getSession());
        if (state.firstDeletion(entity)) {
            Object origin = state.recordedOriginOf(entity);
            state.deliverLater(() -> ModelEmitter.postDelete(entity.getClass(), entity, using, origin));
        }
    }

    @Override
    public void postClone(DescriptorEvent event) {
        adapter.guarded("postClone", () -> onPostClone(event));
    }

    private void onPostClone(DescriptorEvent event) {
        // postClone marks the instance the unit of work hands out (postBuild may be a shared-cache original).
        loaded(event.getSource());
    }

    @Override
    public void postRefresh(DescriptorEvent event) {
        adapter.guarded("postRefresh", () -> loaded(event.getSource()));
    }

    /**
     * An instance handed to the application with its state from the database: {@code PreInit} then
     * {@code PostInit}, together. EclipseLink builds such instances along several paths (a copy of a cached object,
     * a row read straight into the unit of work with the shared cache off or after a flush and clear, a refresh),
     * and instantiates objects that are never handed out as loaded (the managed copy of a new entity a merge
     * registers); only here is each loaded instance seen exactly once, so only here are the two sent as a pair.
     */
    private void loaded(Object entity) {
        ModelEmitter.preInit(entity.getClass());
        ModelEmitter.postInit(entity.getClass(), entity);
    }

    /**
     * The basic and to-one attributes a change set writes; collections are not the owner's row, and the version
     * is the provider's, written with every update (Hibernate does not name it either).
     */
    private static Set<String> updateFields(ObjectChangeSet changes) {
        Set<String> fields = new LinkedHashSet<>();
        if (changes != null) {
            for (ChangeRecord change : changes.getChanges()) {
                DatabaseMapping mapping = ((org.eclipse.persistence.internal.sessions.ChangeRecord) change).getMapping();
                if (!mapping.isCollectionMapping() && !isVersion(mapping)) {
                    fields.add(change.getAttribute());
                }
            }
        }
        return fields;
    }

    private static boolean isVersion(DatabaseMapping mapping) {
        ClassDescriptor descriptor = mapping.getDescriptor();
        return descriptor != null && descriptor.getOptimisticLockingPolicy() instanceof VersionLockingPolicy version
                && version.getVersionMapping() != null
                && version.getVersionMapping().getAttributeName().equals(mapping.getAttributeName());
    }
}
