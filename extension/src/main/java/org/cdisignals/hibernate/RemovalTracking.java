package org.cdisignals.hibernate;

import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.proxy.HibernateProxy;

/** Wraps Hibernate's removal so that every entity a cascade reaches knows the root the application removed. */
final class RemovalTracking implements DeleteEventListener {

    private final DeleteEventListener delegate;
    private final HibernateContext context;

    RemovalTracking(DeleteEventListener delegate, HibernateContext context) {
        this.delegate = delegate;
        this.context = context;
    }

    @Override
    public void onDelete(DeleteEvent event) {
        context.removing(root(event), event.getSession(), () -> delegate.onDelete(event));
    }

    @Override
    public void onDelete(DeleteEvent event, DeleteContext transientEntities) {
        context.removing(root(event), event.getSession(), () -> delegate.onDelete(event, transientEntities));
    }

    private static Object root(DeleteEvent event) {
        Object entity = event.getObject();
        return entity instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getImplementation() : entity;
    }
}
