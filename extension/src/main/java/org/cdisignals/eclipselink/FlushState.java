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
    private final Set<Object> inserted = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<ManyToManyChanges.Change> written = List.of();
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean writing;
    private boolean flush;
    private boolean settling;

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

    /**
     * Whether this is the first report of {@code entity}'s INSERT in this unit of work: of new entities that refer
     * to each other, EclipseLink inserts one without its reference, updates it afterwards, and raises postInsert for
     * both statements.
     */
    boolean firstInsertion(Object entity) {
        return inserted.add(entity);
    }

    /** Fires the {@code PRE_*} events of a flush's collection changes and keeps the changes for their SQL. */
    void collectionChanges(List<ManyToManyChanges.Change> changes) {
        for (ManyToManyChanges.Change change : changes) {
            ModelEmitter.m2mChanged(change.before());
        }
        written = changes;
    }

    /**
     * The flush's SQL is written: its {@code POST_*} events wait with the others, built now that the database has
     * assigned the ids of the elements it inserted.
     */
    void collectionsWritten(AbstractSession session) {
        List<ManyToManyChanges.Change> changes = written;
        written = List.of();
        for (ManyToManyChanges.Change change : changes) {
            M2MChanged<?> post = change.after(session);
            waiting.add(() -> ModelEmitter.m2mChanged(post));
        }
    }

    /** Keeps a signal sent after SQL until the flush has written everything and the unit of work can be used. */
    void deliverLater(Runnable send) {
        waiting.add(send);
    }

    /** The signals waiting for the end of the flush, in the order they were raised; none wait afterwards. */
    List<Runnable> takeWaiting() {
        List<Runnable> taken = List.copyOf(waiting);
        waiting.clear();
        return taken;
    }

    /** Marks a flush or a commit in progress: only then are change sets announced (not for {@code hasChanges()}). */
    void writing() {
        writing = true;
    }

    /** Marks an {@code em.flush()} (or the flush a commit runs first), whose signals wait for its end. */
    void flushing() {
        writing = true;
        flush = true;
    }

    /**
     * Marks a flush the adapter itself runs at a commit, on an EclipseLink without flush events: the adapter sends
     * its waiting signals when the flush returns, so nothing sends them earlier.
     */
    void settling() {
        flushing();
        settling = true;
    }

    boolean isSettling() {
        return settling;
    }

    boolean isFlush() {
        return flush;
    }

    boolean isWriting() {
        return writing;
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
