package org.cdisignals.hibernate;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.cdisignals.spi.ModelEmitter;
import org.cdisignals.spi.ProviderContexts;
import org.cdisignals.spi.UnitRoute;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * The Hibernate ORM adapter, discovered by Hibernate through {@code META-INF/services} with no configuration.
 *
 * <p>Hibernate runs JPA callbacks at the points users expect (a change made to the instance in {@code PreSave} is
 * saved), so the standard JPA listener stays the emitter of the save, delete and init signals; this adapter tells
 * it what the callbacks do not carry — the unit, the attributes written, the removal root — through a
 * {@link HibernateContext}, and adds {@code M2MChanged} and {@code ClassPrepared}.
 */
public class HibernateSignals implements Integrator {

    private final Map<SessionFactoryImplementor, HibernateContext> contexts = new ConcurrentHashMap<>();

    /**
     * Hibernate 6.6 and 7.x both call this method (7 no longer calls the older one without the bootstrap context).
     * The adapter first checks that this Hibernate has what it needs ({@code CDISIG-050} if not) and never lets a
     * linkage failure ({@code CDISIG-052}) escape into the unit's start.
     */
    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
        String unit;
        try {
            unit = unitName(factory);
            String missing = HibernateSupport.missing();
            if (missing != null) {
                HibernateSupport.standAside(unit, missing);
                return;
            }
        } catch (LinkageError e) {
            HibernateSupport.linkageFailed(String.valueOf(factory), "the integrator's check", e);
            return;
        }
        // A unit that names no container while several run fails to start here (CDISIG-006).
        UnitRoute route = UnitRoute.open(unit, factory.getProperties());
        HibernateContext context = null;
        try {
            Set<Class<?>> entityClasses = new HashSet<>();
            for (PersistentClass entity : metadata.getEntityBindings()) {
                if (entity.getMappedClass() != null) {
                    entityClasses.add(entity.getMappedClass());
                }
            }
            context = new HibernateContext(unit, route, entityClasses);
            install(context, factory, entityClasses);
        } catch (LinkageError e) {
            if (context == null) {
                HibernateSupport.linkageFailed(unit, "integrating", e);
            } else {
                // Listeners installed so far pass Hibernate's events on untouched from now on.
                context.linkageFailed("integrating", e);
            }
        }
    }

    private void install(HibernateContext context, SessionFactoryImplementor factory, Set<Class<?>> entityClasses) {
        EventListenerRegistry listeners = factory.getServiceRegistry().getService(EventListenerRegistry.class);
        wrap(listeners, EventType.DELETE, delegate -> new RemovalTracking(delegate, context));
        wrap(listeners, EventType.FLUSH_ENTITY, delegate -> new DirtyFields(delegate, context));
        wrap(listeners, EventType.FLUSH, delegate -> new DeliveringListeners.Flush(delegate, context));
        wrap(listeners, EventType.AUTO_FLUSH, delegate -> new DeliveringListeners.AutoFlush(delegate, context));
        wrap(listeners, EventType.PERSIST, delegate -> new DeliveringListeners.Persist(delegate, context));
        wrap(listeners, EventType.MERGE, delegate -> new DeliveringListeners.Merge(delegate, context));
        wrap(listeners, EventType.POST_LOAD, delegate -> new DeliveringListeners.PostLoad(delegate, context));
        CallbackHandoff open = new CallbackHandoff.Open(context);
        CallbackHandoff close = new CallbackHandoff.Close(context);
        listeners.prependListeners(EventType.POST_UPDATE, open);
        listeners.appendListeners(EventType.POST_UPDATE, close);
        listeners.prependListeners(EventType.POST_DELETE, open);
        listeners.appendListeners(EventType.POST_DELETE, close);
        listeners.appendListeners(EventType.PRE_LOAD, new PreInitSignals(context));
        CollectionSignals collections = new CollectionSignals(context);
        listeners.appendListeners(EventType.PRE_COLLECTION_UPDATE, collections);
        listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, collections);
        listeners.appendListeners(EventType.PRE_COLLECTION_REMOVE, collections);
        listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, collections);
        listeners.appendListeners(EventType.PRE_COLLECTION_RECREATE, collections);
        listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, collections);
        ProviderContexts.register(context);
        contexts.put(factory, context);
        context.route().run(() -> entityClasses.forEach(type -> ModelEmitter.classPrepared(type, context.unit())));
    }

    @Override
    public void disintegrate(SessionFactoryImplementor factory, SessionFactoryServiceRegistry serviceRegistry) {
        HibernateContext context = contexts.remove(factory);
        if (context != null) {
            ProviderContexts.unregister(context);
            context.route().close();
        }
    }

    private static String unitName(SessionFactoryImplementor factory) {
        Object unit = factory.getProperties().get(AvailableSettings.PERSISTENCE_UNIT_NAME);
        return unit != null ? unit.toString() : factory.getName();
    }

    /** Replaces each listener Hibernate registered for {@code type} by {@code wrapper} around it. */
    @SuppressWarnings("unchecked")
    private static <T> void wrap(EventListenerRegistry registry, EventType<T> type, UnaryOperator<T> wrapper) {
        List<T> wrapped = new ArrayList<>();
        registry.getEventListenerGroup(type).listeners().forEach(listener -> wrapped.add(wrapper.apply(listener)));
        T[] listeners = (T[]) Array.newInstance(type.baseListenerInterface(), wrapped.size());
        registry.setListeners(type, wrapped.toArray(listeners));
    }
}
