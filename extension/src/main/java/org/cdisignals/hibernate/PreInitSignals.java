package org.cdisignals.hibernate;

import org.cdisignals.spi.ModelEmitter;
import org.hibernate.event.spi.PreLoadEvent;
import org.hibernate.event.spi.PreLoadEventListener;

/**
 * {@code PreInit} from Hibernate's pre-load event, which Hibernate raises for every entity it loads after
 * instantiating it and before injecting its state: the record carries no instance, so for an observer it is the
 * moment before the instance is built, and the {@code PostInit} of {@code @PostLoad} follows it.
 */
final class PreInitSignals implements PreLoadEventListener {

    private final HibernateContext context;

    PreInitSignals(HibernateContext context) {
        this.context = context;
    }

    @Override
    public void onPreLoad(PreLoadEvent event) {
        if (!context.active()) {
            return;
        }
        try {
            // Raised before the post-load listener, outside it: routed here too where several containers run.
            if (context.route().routing()) {
                context.route().run(() -> ModelEmitter.preInit(event.getEntity().getClass()));
            } else {
                ModelEmitter.preInit(event.getEntity().getClass());
            }
        } catch (LinkageError e) {
            context.linkageFailed("a load", e);
        }
    }
}
