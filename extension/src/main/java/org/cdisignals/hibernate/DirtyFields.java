package org.cdisignals.hibernate;

import java.util.LinkedHashSet;
import java.util.Set;

import org.cdisignals.model.PreSave;
import org.cdisignals.spi.ModelEmitter;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.FlushEntityEvent;
import org.hibernate.event.spi.FlushEntityEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * Wraps Hibernate's flush of one entity to hand {@code @PreUpdate} the attributes it is about to write. Hibernate
 * computes them inside its listener, out of reach, so they are computed here the same way — only for entity classes
 * that a {@code PreSave} observer watches.
 */
final class DirtyFields implements FlushEntityEventListener {

    private final FlushEntityEventListener delegate;
    private final HibernateContext context;

    DirtyFields(FlushEntityEventListener delegate, HibernateContext context) {
        this.delegate = delegate;
        this.context = context;
    }

    @Override
    public void onFlushEntity(FlushEntityEvent event) {
        Object entity = event.getEntity();
        Set<String> fields;
        try {
            EntityEntry entry = event.getEntityEntry();
            if (!context.active() || entry.getStatus() != Status.MANAGED || entry.getLoadedState() == null
                    || !ModelEmitter.observed(PreSave.class, entity.getClass())) {
                delegate.onFlushEntity(event);
                return;
            }
            EntityPersister persister = entry.getPersister();
            int[] dirty = persister.findDirty(persister.getValues(entity), entry.getLoadedState(), entity,
                    HibernateSupport.session(event));
            fields = names(persister, dirty);
        } catch (LinkageError e) {
            context.linkageFailed("a flush", e);
            delegate.onFlushEntity(event);
            return;
        }
        context.flushing(entity, fields, () -> delegate.onFlushEntity(event));
    }

    /** The names of the dirty properties that are columns of the entity's row (collections are not). */
    static Set<String> names(EntityPersister persister, int[] dirty) {
        Set<String> names = new LinkedHashSet<>();
        if (dirty != null) {
            String[] properties = persister.getPropertyNames();
            Type[] types = persister.getPropertyTypes();
            for (int index : dirty) {
                if (!types[index].isCollectionType()) {
                    names.add(properties[index]);
                }
            }
        }
        return names;
    }
}
