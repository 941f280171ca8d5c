package org.cdisignals.hibernate;

import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Placed before and after Hibernate's own post-delete listener (which runs {@code @PostRemove}) to hand it the
 * removal root recorded when the application called {@code remove}.
 */
final class DeletedOrigins {

    private DeletedOrigins() {
    }

    static PostDeleteEventListener before(HibernateContext context) {
        return new PostDeleteEventListener() {
            @Override
            public void onPostDelete(PostDeleteEvent event) {
                context.deleting(event.getEntity(), event.getSession());
            }

            @Override
            public boolean requiresPostCommitHandling(EntityPersister persister) {
                return false;
            }
        };
    }

    static PostDeleteEventListener after(HibernateContext context) {
        return new PostDeleteEventListener() {
            @Override
            public void onPostDelete(PostDeleteEvent event) {
                context.deleteReported();
            }

            @Override
            public boolean requiresPostCommitHandling(EntityPersister persister) {
                return false;
            }
        };
    }
}
