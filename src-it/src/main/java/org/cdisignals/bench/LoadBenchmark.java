package org.cdisignals.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

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
 * A query that materialises {@value #ENTITIES} {@link Item}s into a new persistence context, where every entity
 * raises PreInit and PostInit, in the unobserved {@link BenchUnit} scenarios. EclipseLink's shared cache stays on,
 * as it is by default: after the first load it builds each instance from the cache rather than from the row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// Short, for the whole run's sake (3 forks of 26 scenarios): 4 s of warm-up bring the JIT within a few per cent of
// its steady state on 2 quiet cores; the forks' spread says how near.
@Warmup(iterations = 8, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LoadBenchmark {

    public static final int ENTITIES = 10_000;

    @Param({"eclipselink", "hibernate"})
    public String provider;

    @Param({"plain", "unobserved", "unobserved_unit_first"})
    public String scenario;

    private BenchUnit unit;

    @Setup(Level.Trial)
    public void start() {
        unit = BenchUnit.start(provider, scenario);
        unit.inTransaction(em -> {
            for (int i = 0; i < ENTITIES; i++) {
                em.persist(new Item("item", i));
            }
        });
    }

    @Benchmark
    public List<Item> load10k() {
        EntityManager em = unit.factory().createEntityManager();
        try {
            List<Item> items = em.createQuery("select i from Item i", Item.class).getResultList();
            if (items.size() != ENTITIES) {
                throw new IllegalStateException("loaded " + items.size() + " items");
            }
            return items;
        } finally {
            em.close();
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        unit.close();
    }
}
