package org.cdisignals.bench;

import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

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
 * Persisting {@value #ENTITIES} new {@link Item}s in batches (flush and clear every 100, commit every 1,000), in
 * the {@link BenchUnit} scenarios; {@code observed} has one PreSave and one PostSave observer ({@link SaveCounter}),
 * {@code callback} the same work in {@link ItemCallbacks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// Short, for the whole run's sake (3 forks of 26 scenarios): 4 s of warm-up bring the JIT within a few per cent of
// its steady state on 2 quiet cores; the forks' spread says how near.
@Warmup(iterations = 8, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PersistBenchmark {

    public static final int ENTITIES = 10_000;
    private static final int PER_TRANSACTION = 1_000;
    private static final int PER_FLUSH = 100;

    @Param({"eclipselink", "hibernate"})
    public String provider;

    @Param({"plain", "unobserved", "unobserved_unit_first", "observed", "callback"})
    public String scenario;

    private BenchUnit unit;

    @Setup(Level.Trial)
    public void start() {
        unit = BenchUnit.start(provider, scenario, SaveCounter.class);
        if (provider.equals("eclipselink")) {
            checkEclipseLinkListeners();
        }
    }

    /** Each batch starts on an empty table, so that the table's growth does not drift the timings. */
    @Setup(Level.Invocation)
    public void emptyTable() {
        unit.inTransaction(em -> em.createNativeQuery("TRUNCATE TABLE BENCH_ITEM").executeUpdate());
    }

    @Benchmark
    public void persist10k() {
        EntityManager em = unit.factory().createEntityManager();
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
                SaveCounter counter = unit.bean(SaveCounter.class);
                checkCounts(counter.preSaves(), counter.postSaves());
            } else if (scenario.equals("callback")) {
                checkCounts(ItemCallbacks.prePersists(), ItemCallbacks.postPersists());
            }
        } finally {
            unit.close();
        }
    }

    /** Fails the run unless the EclipseLink unit has the listeners its scenario claims, and no others. */
    private void checkEclipseLinkListeners() {
        DescriptorEventManager events =
                JpaHelper.getServerSession(unit.factory()).getDescriptor(Item.class).getEventManager();
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
