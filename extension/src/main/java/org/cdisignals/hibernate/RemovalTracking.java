package org.cdisignals.hibernate;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
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
        removing(event, () -> delegate.onDelete(event));
    }

    @Override
    public void onDelete(DeleteEvent event, DeleteContext transientEntities) {
        removing(event, () -> delegate.onDelete(event, transientEntities));
    }

    private void removing(DeleteEvent event, Runnable remove) {
        if (context.route().routing()) {
            context.route().run(() -> tracked(event, remove));
        } else {
            tracked(event, remove);
        }
    }

    private void tracked(DeleteEvent event, Runnable remove) {
        Object root;
        SharedSessionContractImplementor session;
        try {
            if (!context.active()) {
                remove.run();
                return;
            }
            root = root(event);
            session = HibernateSupport.session(event);
        } catch (LinkageError e) {
            context.linkageFailed("a removal", e);
            remove.run();
            return;
        }
        context.removing(root, session, remove);
    }

    private static Object root(DeleteEvent event) {
        Object entity = event.getObject();
        return entity instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getImplementation() : entity;
    }
}
