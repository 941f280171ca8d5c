package org.cdisignals.eclipselink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cdisignals.model.M2MChanged;
import org.cdisignals.spi.ModelEmitter;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;

/**
 * What the adapter remembers for one unit of work between events: the removal root of every entity a removal
 * reached, and the {@code POST_*} collection changes waiting for their SQL to be written.
 */
final class FlushState {

    private final Map<Object, Object> origins = new IdentityHashMap<>();
    private final Set<Object> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<M2MChanged<?>> written = List.of();

    /**
     * The root of the removal that reached {@code entity}; when none did, {@code entity} is a root the application
     * removed, and every entity its removal cascades to is claimed for it now, before the cascade fires their events.
     */
    Object originOf(Object entity, AbstractSession session) {
        Object origin = origins.get(entity);
        if (origin == null) {
            origin = entity;
            claim(entity, entity, session);
        }
        return origin;
    }

    /** Records an orphan as its own removal root; false when a removal already reached it (and sent its event). */
    boolean claimOrphan(Object entity) {
        return origins.putIfAbsent(entity, entity) == null;
    }

    /** The recorded root for {@code entity}, or the entity itself when its removal was never seen. */
    Object recordedOriginOf(Object entity) {
        return origins.getOrDefault(entity, entity);
    }

    /**
     * Whether this is the first report of {@code entity}'s DELETE in this unit of work: EclipseLink raises the event
     * twice for a private-owned ({@code orphanRemoval}) child that a cascade also reached.
     */
    boolean firstDeletion(Object entity) {
        return deleted.add(entity);
    }

    /** Fires the {@code PRE_*} events of a flush's collection changes and keeps their {@code POST_*} twins. */
    void collectionChanges(List<ManyToManyChanges.Change> changes) {
        List<M2MChanged<?>> post = new ArrayList<>(changes.size());
        for (ManyToManyChanges.Change change : changes) {
            ModelEmitter.m2mChanged(change.before());
            post.add(change.after());
        }
        written = post;
    }

    /** The flush's SQL is written: fires the kept {@code POST_*} events. */
    void collectionsWritten() {
        List<M2MChanged<?>> post = written;
        written = List.of();
        post.forEach(ModelEmitter::m2mChanged);
    }

    private void claim(Object entity, Object root, AbstractSession session) {
        origins.put(entity, root);
        ClassDescriptor descriptor = session.getDescriptor(entity);
        if (descriptor == null) {
            return;
        }
        for (DatabaseMapping mapping : EclipseLinkSupport.mappings(descriptor)) {
            if (mapping instanceof ForeignReferenceMapping reference && reference.isCascadeRemove()) {
                for (Object child : values(reference.getRealAttributeValueFromObject(entity, session))) {
                    if (!origins.containsKey(child)) {
                        claim(child, root, session);
                    }
                }
            }
        }
    }

    private static Collection<?> values(Object attribute) {
        if (attribute == null) {
            return List.of();
        }
        if (attribute instanceof Collection<?> collection) {
            return collection;
        }
        if (attribute instanceof Map<?, ?> map) {
            return map.values();
        }
        return List.of(attribute);
    }
}
