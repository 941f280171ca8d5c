package org.cdisignals.bench;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.se.SeContainer;

import org.cdisignals.bench.CrowdObservers.Crowd;
import org.cdisignals.model.PreSave;
import org.cdisignals.spi.ModelEmitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The cost of one {@link PreSave} dispatch as the JPA listener makes it ({@link ModelEmitter#preSave}: dispatcher
 * and target lookup, record, fire), against firing the same record through a cached Weld {@link Event}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DispatchBenchmark {

    /** A sender that no observer listens to. */
    public static final class Quiet {
    }

    private final Item item = new Item("dispatched", 1);
    private final Quiet quiet = new Quiet();
    private final Crowd crowd = new Crowd();

    private SeContainer container;
    private SaveCounter counter;
    private CrowdObservers crowdObservers;
    private Event<PreSave<Item>> weldEvent;

    @Setup
    public void start() {
        container = WeldBoot.start(SaveCounter.class, CrowdObservers.class, ItemEvents.class);
        counter = container.select(SaveCounter.class).get();
        crowdObservers = container.select(CrowdObservers.class).get();
        weldEvent = container.select(ItemEvents.class).get().preSave();
    }

    @Benchmark
    public void weldFire() {
        weldEvent.fire(new PreSave<>(Item.class, item, false, null, null));
    }

    @Benchmark
    public void dispatch0() {
        ModelEmitter.preSave(Quiet.class, quiet, null, null);
    }

    @Benchmark
    public void dispatch1() {
        ModelEmitter.preSave(Item.class, item, null, null);
    }

    @Benchmark
    public void dispatch10() {
        ModelEmitter.preSave(Crowd.class, crowd, null, null);
    }

    /** Fails the run if a benchmark did not notify exactly the observers it claims to measure. */
    @TearDown
    public void stop(BenchmarkParams params) {
        try {
            String benchmark = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            long crowdNotified = crowdObservers.notified();
            boolean right = switch (benchmark) {
                case "weldFire", "dispatch1" -> counter.preSaves() > 0 && crowdNotified == 0;
                case "dispatch10" -> crowdNotified > 0 && crowdNotified % 10 == 0 && counter.preSaves() == 0;
                case "dispatch0" -> crowdNotified == 0 && counter.preSaves() == 0;
                default -> throw new IllegalStateException("unknown benchmark " + benchmark);
            };
            if (!right) {
                throw new IllegalStateException(benchmark + " did not notify the observers it measures");
            }
        } finally {
            container.close();
        }
    }
}
