package org.cdisignals.jpa;

import java.util.Set;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

import org.cdisignals.model.PostDelete;
import org.cdisignals.model.PostSave;
import org.cdisignals.model.PreDelete;
import org.cdisignals.model.PreSave;
import org.cdisignals.spi.ModelEmitter;
import org.cdisignals.spi.ProviderContext;
import org.cdisignals.spi.ProviderContexts;

/**
 * The standard JPA emitter: a default entity listener (declared in {@code META-INF/cdi-signals-orm.xml}) that turns
 * the JPA lifecycle callbacks of every entity of the unit into model signals, with any provider.
 *
 * <p>JPA callbacks do not say which persistence unit, which attributes or which removal root; a provider adapter that
 * keeps these callbacks as its firing points (Hibernate's) tells them through a {@link ProviderContext}, and without
 * one {@code using}, {@code updateFields} and {@code origin} are null. The dispatcher is found lazily, since injection
 * into entity listeners is not reliable across servers and bootstrap orders.
 */
public class SignalEntityListener {

    @PrePersist
    void prePersist(Object entity) {
        if (ModelEmitter.observed(PreSave.class, entity.getClass())) {
            ModelEmitter.preSave(entity.getClass(), entity, using(ProviderContexts.of(entity), entity), null);
        }
    }

    @PostPersist
    void postPersist(Object entity) {
        if (ModelEmitter.observed(PostSave.class, entity.getClass())) {
            ProviderContext context = ProviderContexts.of(entity);
            String using = using(context, entity);
            deliver(context, entity, () -> ModelEmitter.postSave(entity.getClass(), entity, true, using, null));
        }
    }

    @PreUpdate
    void preUpdate(Object entity) {
        if (ModelEmitter.observed(PreSave.class, entity.getClass())) {
            ProviderContext context = ProviderContexts.of(entity);
            Set<String> fields = context == null ? null : context.fieldsToWrite(entity);
            if (fields == null || !fields.isEmpty()) {
                ModelEmitter.preSave(entity.getClass(), entity, using(context, entity), fields);
            }
        }
    }

    @PostUpdate
    void postUpdate(Object entity) {
        if (ModelEmitter.observed(PostSave.class, entity.getClass())) {
            ProviderContext context = ProviderContexts.of(entity);
            // Read now: the provider hands the written attributes over only while this callback runs.
            Set<String> fields = context == null ? null : context.fieldsWritten(entity);
            if (fields == null || !fields.isEmpty()) {
                String using = using(context, entity);
                deliver(context, entity, () -> ModelEmitter.postSave(entity.getClass(), entity, false, using, fields));
            }
        }
    }

    @PreRemove
    void preRemove(Object entity) {
        boolean pre = ModelEmitter.observed(PreDelete.class, entity.getClass());
        // Asked even when only PostDelete is observed: the adapter learns here which root a cascade reached.
        if (pre || ModelEmitter.observed(PostDelete.class, entity.getClass())) {
            ProviderContext context = ProviderContexts.of(entity);
            Object origin = origin(context, entity);
            if (pre) {
                ModelEmitter.preDelete(entity.getClass(), entity, using(context, entity), origin);
            }
        }
    }

    @PostRemove
    void postRemove(Object entity) {
        if (ModelEmitter.observed(PostDelete.class, entity.getClass())) {
            ProviderContext context = ProviderContexts.of(entity);
            String using = using(context, entity);
            Object origin = origin(context, entity);
            deliver(context, entity, () -> ModelEmitter.postDelete(entity.getClass(), entity, using, origin));
        }
    }

    @PostLoad
    void postLoad(Object entity) {
        ModelEmitter.postInit(entity.getClass(), entity);
    }

    private static void deliver(ProviderContext context, Object entity, Runnable send) {
        if (context == null) {
            send.run();
        } else {
            context.deliver(entity, send);
        }
    }

    private static String using(ProviderContext context, Object entity) {
        return context == null ? null : context.using(entity);
    }

    private static Object origin(ProviderContext context, Object entity) {
        return context == null ? null : context.origin(entity);
    }
}
