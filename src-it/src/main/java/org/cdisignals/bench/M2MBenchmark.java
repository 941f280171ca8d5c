package org.cdisignals.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

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
 * One transaction that loads {@value #PIZZAS} {@link Pizza}s with their toppings, adds a {@link Topping} to each,
 * flushes, removes it from each and flushes again, as Django's {@code toppings.add(t); toppings.remove(t)}: in the
 * {@link BenchUnit} scenarios {@code plain}, {@code unobserved} and {@code observed} (one M2MChanged observer,
 * {@link M2MCounter}, which receives a PRE_ and a POST_ event per pizza and change).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// Short, for the whole run's sake (3 forks of 26 scenarios): 4 s of warm-up bring the JIT within a few per cent of
// its steady state on 2 quiet cores; the forks' spread says how near.
@Warmup(iterations = 8, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class M2MBenchmark {

    public static final int PIZZAS = 100;

    @Param({"eclipselink", "hibernate"})
    public String provider;

    @Param({"plain", "unobserved", "observed"})
    public String scenario;

    private BenchUnit unit;
    private long topping;

    @Setup(Level.Trial)
    public void start() {
        unit = BenchUnit.start(provider, scenario, M2MCounter.class);
        Topping basil = new Topping("basil");
        unit.inTransaction(em -> {
            em.persist(basil);
            for (int i = 0; i < PIZZAS; i++) {
                em.persist(new Pizza("margherita " + i));
            }
        });
        topping = basil.getId();
    }

    @Benchmark
    public void addRemove100() {
        unit.inTransaction(em -> {
            Topping basil = em.find(Topping.class, topping);
            List<Pizza> pizzas = em.createQuery("select distinct p from Pizza p left join fetch p.toppings",
                    Pizza.class).getResultList();
            pizzas.forEach(pizza -> pizza.getToppings().add(basil));
            em.flush();
            pizzas.forEach(pizza -> pizza.getToppings().remove(basil));
            em.flush();
        });
    }

    /** Fails the run if the observer did not see the changes, or a scenario without it saw any. */
    @TearDown(Level.Trial)
    public void stop() {
        try {
            if (scenario.equals("observed")) {
                long changes = unit.bean(M2MCounter.class).changes();
                if (changes == 0 || changes % (4L * PIZZAS) != 0) {
                    throw new IllegalStateException("the observer saw " + changes + " many-to-many changes");
                }
            }
        } finally {
            unit.close();
        }
    }
}
