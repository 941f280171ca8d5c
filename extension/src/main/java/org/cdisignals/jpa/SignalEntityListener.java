package org.cdisignals.jpa;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

import org.cdisignals.spi.ModelEmitter;

/**
 * The standard JPA emitter: a default entity listener (declared in {@code META-INF/cdi-signals-orm.xml}) that turns
 * the JPA lifecycle callbacks of every entity of the unit into model signals, with any provider.
 *
 * <p>JPA callbacks do not say which persistence unit, which attributes or which removal root, so {@code using},
 * {@code updateFields} and {@code origin} are null here; a provider adapter that takes over a unit fills them in.
 * The dispatcher is found lazily through {@code SignalsRuntime}, since injection into entity listeners is not
 * reliable across servers and bootstrap orders.
 */
public class SignalEntityListener {

    @PrePersist
    void prePersist(Object entity) {
        ModelEmitter.preSave(entity.getClass(), entity, null, null);
    }

    @PostPersist
    void postPersist(Object entity) {
        ModelEmitter.postSave(entity.getClass(), entity, true, null, null);
    }

    @PreUpdate
    void preUpdate(Object entity) {
        ModelEmitter.preSave(entity.getClass(), entity, null, null);
    }

    @PostUpdate
    void postUpdate(Object entity) {
        ModelEmitter.postSave(entity.getClass(), entity, false, null, null);
    }

    @PreRemove
    void preRemove(Object entity) {
        ModelEmitter.preDelete(entity.getClass(), entity, null, null);
    }

    @PostRemove
    void postRemove(Object entity) {
        ModelEmitter.postDelete(entity.getClass(), entity, null, null);
    }

    @PostLoad
    void postLoad(Object entity) {
        ModelEmitter.postInit(entity.getClass(), entity);
    }
}
