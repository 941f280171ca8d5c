package org.cdisignals.hibernate;

import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Placed before and after Hibernate's own post-update listener (which runs {@code @PostUpdate}) to hand it the
 * attributes the UPDATE wrote.
 */
final class WrittenFields {

    private WrittenFields() {
    }

    static PostUpdateEventListener before(HibernateContext context) {
        return new PostUpdateEventListener() {
            @Override
            public void onPostUpdate(PostUpdateEvent event) {
                context.updated(event.getEntity(), DirtyFields.names(event.getPersister(), event.getDirtyProperties()));
            }

            @Override
            public boolean requiresPostCommitHandling(EntityPersister persister) {
                return false;
            }
        };
    }

    static PostUpdateEventListener after(HibernateContext context) {
        return new PostUpdateEventListener() {
            @Override
            public void onPostUpdate(PostUpdateEvent event) {
                context.updateReported();
            }

            @Override
            public boolean requiresPostCommitHandling(EntityPersister persister) {
                return false;
            }
        };
    }
}
