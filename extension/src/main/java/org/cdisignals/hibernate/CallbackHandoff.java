package org.cdisignals.hibernate;

import org.cdisignals.model.PostSave;
import org.cdisignals.spi.ModelEmitter;

import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Placed before ({@link Open}) and after ({@link Close}) Hibernate's own post-update and post-delete listeners,
 * which run {@code @PostUpdate} and {@code @PostRemove}: hands those callbacks the attributes the UPDATE wrote and
 * the removal root, for the one entity the event is about.
 */
abstract sealed class CallbackHandoff implements PostUpdateEventListener, PostDeleteEventListener {

    /** Hibernate refuses two listeners of one class in a group, hence a class for each end. */
    static final class Open extends CallbackHandoff {
        Open(HibernateContext context) {
            super(context, true);
        }
    }

    static final class Close extends CallbackHandoff {
        Close(HibernateContext context) {
            super(context, false);
        }
    }

    private final HibernateContext context;
    private final boolean open;

    private CallbackHandoff(HibernateContext context, boolean open) {
        this.context = context;
        this.open = open;
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!context.active()) {
            return;
        }
        try {
            if (open) {
                // Only a PostSave observer reads the handoff: nothing is computed for an update nobody observes.
                if (ModelEmitter.observed(PostSave.class, event.getEntity().getClass())) {
                    context.updated(event.getEntity(),
                            DirtyFields.names(event.getPersister(), event.getDirtyProperties()));
                }
            } else {
                context.updateReported();
            }
        } catch (LinkageError e) {
            context.linkageFailed("an update", e);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (!context.active()) {
            return;
        }
        try {
            if (open) {
                context.deleting(event.getEntity(), HibernateSupport.session(event));
            } else {
                context.deleteReported();
            }
        } catch (LinkageError e) {
            context.linkageFailed("a deletion", e);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
