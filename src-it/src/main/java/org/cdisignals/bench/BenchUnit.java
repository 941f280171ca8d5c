package org.cdisignals.bench;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * The container and persistence unit of one scenario of a JPA benchmark. The scenarios differ only in what runs at
 * each entity:
 * <ul>
 *   <li>{@code plain}: no library at all (its forks run without the cdi-signals jar, whose Hibernate adapter would
 *       otherwise join every Hibernate unit);</li>
 *   <li>{@code unobserved}: cdi-signals, no observer, the unit started after the container (the observers known);</li>
 *   <li>{@code unobserved_unit_first}: the same, the unit started before the container, as on a server;</li>
 *   <li>{@code observed}: cdi-signals with the benchmark's observers;</li>
 *   <li>{@code callback}: a hand-written JPA callback doing the observers' work, no library.</li>
 * </ul>
 * Every scenario boots a container, so that only the units and observers differ.
 */
final class BenchUnit implements AutoCloseable {

    // Held so that the level sticks: Hibernate warns that its built-in pool is not for production, at every start.
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    static {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
    }

    private final SeContainer container;
    private final EntityManagerFactory factory;

    private BenchUnit(SeContainer container, EntityManagerFactory factory) {
        this.container = container;
        this.factory = factory;
    }

    /** Whether the scenario runs with the cdi-signals jar on the class path; the benchmark runner asks it too. */
    static boolean withLibrary(String scenario) {
        return switch (scenario) {
            case "plain", "callback" -> false;
            case "unobserved", "unobserved_unit_first", "observed" -> true;
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
    }

    /** Starts {@code provider}'s unit for {@code scenario}; {@code observers} are the beans of {@code observed}. */
    static BenchUnit start(String provider, String scenario, Class<?>... observers) {
        checkLibrary(scenario);
        String unit = provider + "-" + switch (scenario) {
            case "plain" -> "plain";
            case "callback" -> "callback";
            default -> "signals";
        };
        EntityManagerFactory factory = null;
        if (scenario.equals("unobserved_unit_first")) {
            factory = Persistence.createEntityManagerFactory(unit);
            // EclipseLink logs the unit in at its first entity manager, not at the factory.
            factory.createEntityManager().close();
        }
        SeContainer container = scenario.equals("observed") ? WeldBoot.start(observers) : WeldBoot.start(Bystander.class);
        if (factory == null) {
            factory = Persistence.createEntityManagerFactory(unit);
        }
        return new BenchUnit(container, factory);
    }

    EntityManagerFactory factory() {
        return factory;
    }

    <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    /** Runs {@code work} in a transaction of a new entity manager. */
    void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
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

    /** Fails the run unless the cdi-signals jar is on the class path exactly when the scenario says so. */
    private static void checkLibrary(String scenario) {
        boolean present;
        try {
            Class.forName("org.cdisignals.spi.ModelEmitter", false, BenchUnit.class.getClassLoader());
            present = true;
        } catch (ClassNotFoundException e) {
            present = false;
        }
        if (present != withLibrary(scenario)) {
            throw new IllegalStateException(scenario + " runs with the cdi-signals jar " + (present ? "on" : "off")
                    + " the class path");
        }
    }
}
