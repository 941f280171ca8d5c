package org.cdisignals.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs every benchmark of this package in several interleaved forks ({@link ForkRunner}), runs Django's side
 * ({@link DjangoBench}), then prints the figures ({@link Report}). System properties: {@code bench.forks} (default
 * 3), {@code bench.smoke} (one short iteration per fork, one fork by default, Django beside the forks: for CI, not
 * for figures).
 *
 * <p>Arguments: the file for every fork's figures, Debian's {@code python3}, and {@code django_signals.py}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        long start = System.nanoTime();
        boolean smoke = Boolean.getBoolean("bench.smoke");
        int forks = Integer.getInteger("bench.forks", smoke ? 1 : 3);
        Path python = Path.of(args[1]);
        Path script = Path.of(args[2]);
        // In a full run Django gets the machine to itself afterwards; in smoke mode it runs beside the forks to save
        // its minute and a half, when no figure is meant to be read anyway.
        DjangoBench django = smoke ? DjangoBench.start(python, script) : null;
        Map<String, List<Sample>> samples = new ForkRunner(forks, smoke, Path.of(args[0])).run(groups());
        if (django == null) {
            django = DjangoBench.start(python, script);
        }
        Map<String, Double> djangoFigures = django.figures();
        System.out.println();
        new Report(samples, djangoFigures).print();
        System.out.printf(Locale.ROOT, "# %d forks per scenario%s, %d s in all%n", forks, smoke ? " (smoke)" : "",
                (System.nanoTime() - start) / 1_000_000_000L);
    }

    /** The scenarios in groups of those compared with each other; the forks of a group are interleaved. */
    private static List<List<Scenario>> groups() {
        List<List<Scenario>> groups = new ArrayList<>();
        groups.add(Stream.of("weldFire", "dispatch0", "dispatch1", "dispatch10")
                .map(Scenario::dispatch).toList());
        for (String provider : Report.PROVIDERS) {
            groups.add(Stream.of("plain", "unobserved", "unobserved_unit_first", "observed", "callback")
                    .map(scenario -> Scenario.jpa("persist", PersistBenchmark.class, "persist10k", provider, scenario))
                    .toList());
        }
        for (String provider : Report.PROVIDERS) {
            groups.add(Stream.of("plain", "unobserved", "unobserved_unit_first")
                    .map(scenario -> Scenario.jpa("load", LoadBenchmark.class, "load10k", provider, scenario))
                    .toList());
        }
        for (String provider : Report.PROVIDERS) {
            groups.add(Stream.of("plain", "unobserved", "observed")
                    .map(scenario -> Scenario.jpa("m2m", M2MBenchmark.class, "addRemove100", provider, scenario))
                    .toList());
        }
        return groups;
    }
}
