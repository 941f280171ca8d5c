package org.cdisignals.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cdisignals.spi.ModelEmitter;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the scenarios one JMH fork at a time, round-robin within each group (fork 1 of every scenario of the group,
 * then fork 2 of each, …), so that a change in the machine's load hits the scenarios a ratio compares alike.
 * Writes every fork's figures to a tab-separated file.
 */
final class ForkRunner {

    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private final int forks;
    private final boolean smoke;
    private final Path forkFile;

    /** {@code smoke}: one short warm-up and measurement iteration per fork, for CI, instead of the annotations'. */
    ForkRunner(int forks, boolean smoke, Path forkFile) {
        this.forks = forks;
        this.smoke = smoke;
        this.forkFile = forkFile;
    }

    /** Every scenario's samples, one per fork and in round order, by {@link Scenario#key()}. */
    Map<String, List<Sample>> run(List<List<Scenario>> groups) throws RunnerException {
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        int total = forks * groups.stream().mapToInt(List::size).sum();
        int done = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(forkFile))) {
            out.println("round\tscenario\tns_per_op\tbytes_per_op\tcpu_ns_per_op");
            for (List<Scenario> group : groups) {
                for (int round = 1; round <= forks; round++) {
                    for (Scenario scenario : group) {
                        Sample sample = fork(scenario);
                        samples.computeIfAbsent(scenario.key(), key -> new ArrayList<>()).add(sample);
                        out.printf(Locale.ROOT, "%d\t%s\t%.1f\t%.1f\t%.1f%n", round, scenario.key(), sample.nanos(),
                                sample.bytes(), sample.cpuNanos());
                        out.flush();
                        System.out.printf(Locale.ROOT, "fork %3d/%d  %-44s %,16.1f ns/op %,16.1f B/op%n", ++done,
                                total, scenario.key(), sample.nanos(), sample.bytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    private Sample fork(Scenario scenario) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(scenario.benchmark().getName() + "." + scenario.method()) + "$")
                .forks(1)
                .addProfiler(GCProfiler.class)
                .addProfiler(CpuTimeProfiler.class)
                .verbosity(VerboseMode.SILENT)
                .shouldFailOnError(true);
        scenario.params().forEach(options::param);
        if (smoke) {
            options.warmupIterations(1).warmupTime(TimeValue.milliseconds(200))
                    .measurementIterations(1).measurementTime(TimeValue.milliseconds(300));
        }
        RunResult result = withClassPath(scenario.withLibrary(), () -> new Runner(options.build()).runSingle());
        return new Sample(result.getPrimaryResult().getScore(),
                result.getSecondaryResults().get(ALLOCATION).getScore(),
                result.getSecondaryResults().get(CpuTimeProfiler.RESULT).getScore());
    }

    private interface Run {
        RunResult run() throws RunnerException;
    }

    /**
     * Runs {@code run} with or without the cdi-signals jar on the class path that JMH gives the fork (it reads
     * {@code java.class.path} when it starts one): without it, a scenario measures the provider with no library.
     */
    private static RunResult withClassPath(boolean withLibrary, Run run) throws RunnerException {
        if (withLibrary) {
            return run.run();
        }
        String full = System.getProperty("java.class.path");
        System.setProperty("java.class.path", withoutLibrary(full));
        try {
            return run.run();
        } finally {
            System.setProperty("java.class.path", full);
        }
    }

    private static String withoutLibrary(String classPath) {
        Path library;
        try {
            library = Path.of(ModelEmitter.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        String separator = System.getProperty("path.separator");
        return Stream.of(classPath.split(Pattern.quote(separator)))
                .filter(entry -> !Path.of(entry).toAbsolutePath().normalize().equals(library))
                .collect(Collectors.joining(separator));
    }
}
