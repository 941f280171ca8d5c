package org.cdisignals.bench;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.eclipse.persistence.descriptors.DescriptorEventManager;
import org.eclipse.persistence.jpa.JpaHelper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Persisting {@value #ENTITIES} new {@link Item}s in batches, in set-ups that differ only in what runs at each save:
 * nothing; cdi-signals with no observer, the unit started after the container (observers known: no listener at all)
 * or before it (observers unknown: the adapter listens to every entity, as on a server that deploys the unit
 * first); cdi-signals with a PreSave and a PostSave observer; hand-written JPA callbacks doing the observers' work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 25, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PersistBenchmark {

    public static final int ENTITIES = 10_000;
    private static final int PER_TRANSACTION = 1_000;
    private static final int PER_FLUSH = 100;

    @Param({"plain", "unobserved", "unobserved_unit_first", "observed", "callback"})
    public String scenario;

    private SeContainer container;
    private EntityManagerFactory factory;

    @Setup(Level.Trial)
    public void start() {
        // Every scenario boots a container, so that only the units and observers differ. Weld SE refuses one
        // without beans; ItemEvents observes nothing.
        String unit = switch (scenario) {
            case "plain" -> "bench-plain";
            case "unobserved", "unobserved_unit_first", "observed" -> "bench-signals";
            case "callback" -> "bench-callback";
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
        if (scenario.equals("unobserved_unit_first")) {
            factory = Persistence.createEntityManagerFactory(unit);
            factory.createEntityManager().close();
        }
        container = scenario.equals("observed")
                ? WeldBoot.start(ItemEvents.class, SaveCounter.class)
                : WeldBoot.start(ItemEvents.class);
        if (factory == null) {
            factory = Persistence.createEntityManagerFactory(unit);
        }
        checkListeners();
    }

    /** Each batch starts on an empty table, so that the table's growth does not drift the timings. */
    @Setup(Level.Invocation)
    public void emptyTable() {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            em.createNativeQuery("TRUNCATE TABLE BENCH_ITEM").executeUpdate();
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    @Benchmark
    public void persist10k() {
        EntityManager em = factory.createEntityManager();
        try {
            for (int done = 0; done < ENTITIES; done += PER_TRANSACTION) {
                em.getTransaction().begin();
                for (int i = 0; i < PER_TRANSACTION; i++) {
                    em.persist(new Item("item", done + i));
                    if ((i + 1) % PER_FLUSH == 0) {
                        em.flush();
                        em.clear();
                    }
                }
                em.getTransaction().commit();
            }
        } finally {
            em.close();
        }
    }

    /** Fails the run if the observers or callbacks did not see every save. */
    @TearDown(Level.Trial)
    public void stop() {
        try {
            if (scenario.equals("observed")) {
                SaveCounter counter = container.select(SaveCounter.class).get();
                checkCounts(counter.preSaves(), counter.postSaves());
            } else if (scenario.equals("callback")) {
                checkCounts(ItemCallbacks.prePersists(), ItemCallbacks.postPersists());
            }
        } finally {
            try {
                factory.close();
                factory = null;
            } finally {
                container.close();
            }
        }
    }

    /** Fails the run unless the unit has the listeners its scenario claims, and no others. */
    private void checkListeners() {
        DescriptorEventManager events = JpaHelper.getServerSession(factory).getDescriptor(Item.class).getEventManager();
        // The standard listener is a default listener; the EclipseLink adapter replaces it with a descriptor one,
        // and installs none for an entity nobody observes once the observers are known.
        boolean signals = events.hasDefaultEventListeners() || !events.getEventListeners().isEmpty();
        boolean callbacks = events.hasEntityListenerEventListeners();
        boolean expectSignals = scenario.equals("observed") || scenario.equals("unobserved_unit_first");
        if (signals != expectSignals || callbacks != scenario.equals("callback")) {
            throw new IllegalStateException(scenario + " has cdi-signals listeners " + signals + ", entity listeners "
                    + callbacks);
        }
    }

    private void checkCounts(long before, long after) {
        if (before == 0 || before != after || before % ENTITIES != 0) {
            throw new IllegalStateException(scenario + " saw " + before + " pre- and " + after + " post-save events");
        }
    }
}
