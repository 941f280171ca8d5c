package org.cdisignals.support;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

/**
 * A Weld SE container with just the beans a test names (plus {@link EventLog}), and a fresh schema of a persistence
 * unit created after the container, as an application would.
 */
public final class Fixture implements AutoCloseable {

    private final SeContainer container;
    private final EntityManagerFactory factory;

    private Fixture(SeContainer container, EntityManagerFactory factory) {
        this.container = container;
        this.factory = factory;
    }

    /** The "polls" unit, with the EclipseLink adapter. */
    public static Fixture start(Class<?>... beans) {
        return start("polls", beans);
    }

    public static Fixture start(String unit, Class<?>... beans) {
        return start(unit, Databases.properties(), beans);
    }

    /** As {@link #start(String, Class[])}, with the unit's properties given (a test that needs the JDBC URL). */
    public static Fixture start(String unit, Map<String, Object> properties, Class<?>... beans) {
        return start(unit, properties, false, beans);
    }

    /**
     * As {@link #start(String, Class[])}, with the unit created with the container's {@code BeanManager}
     * ({@code jakarta.persistence.bean.manager}), so that it belongs to this container where several run; and with a
     * session name of its own, since EclipseLink would otherwise share one session between two open units of a name.
     */
    public static Fixture startOwnUnit(String unit, Class<?>... beans) {
        Map<String, Object> properties = Databases.properties();
        properties.put("eclipselink.session-name", "own-" + System.identityHashCode(properties));
        return start(unit, properties, true, beans);
    }

    private static Fixture start(String unit, Map<String, Object> properties, boolean ownUnit, Class<?>... beans) {
        SeContainerInitializer initializer = SeContainerInitializer.newInstance().disableDiscovery();
        // Without discovery Weld skips META-INF/services; loading them here still proves the jar's registration.
        ServiceLoader.load(Extension.class).forEach(initializer::addExtensions);
        SeContainer container = initializer
                .addBeanClasses(EventLog.class)
                .addBeanClasses(beans)
                .initialize();
        try {
            Map<String, Object> unitProperties = new HashMap<>(properties);
            if (ownUnit) {
                unitProperties.put("jakarta.persistence.bean.manager", container.getBeanManager());
            }
            EntityManagerFactory factory = Persistence.createEntityManagerFactory(Providers.unit(unit), unitProperties);
            factory.createEntityManager().close();
            return new Fixture(container, factory);
        } catch (RuntimeException e) {
            container.close();
            throw e;
        }
    }

    public EventLog log() {
        return bean(EventLog.class);
    }

    public <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** Runs {@code work} in its own entity manager and transaction, committing it. */
    public void inTransaction(Consumer<EntityManager> work) {
        inTransactionReturning(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs {@code work} in its own entity manager and transaction, committing it, and returns its result. */
    public <T> T inTransactionReturning(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Runs {@code work} in its own entity manager and transaction, then rolls the transaction back. */
    public void rolledBack(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }

    /** The number of rows {@code sql} counts, read in a new entity manager (what is committed). */
    public long count(String sql) {
        EntityManager em = factory.createEntityManager();
        try {
            return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
        } finally {
            em.close();
        }
    }

    @Override
    public void close() {
        try {
            factory.close();
        } finally {
            container.close();
        }
    }
}
