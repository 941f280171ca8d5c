package org.cdisignals.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark of this package once, then prints the scores, the three ratios between scores of this same
 * run, and whether each ratio meets its target. A missed target is reported, not failed: benchmarks measure.
 *
 * <p>Argument: an optional file for JMH's JSON results.
 */
public final class BenchmarkMain {

    /** {@code numerator} ÷ {@code denominator} (runs named as in {@link #runs}), met when at most {@code target}. */
    private record Ratio(String name, String numerator, String denominator, double target) {

        double of(Map<String, RunResult> runs) {
            return runs.get(numerator).getPrimaryResult().getScore()
                    / runs.get(denominator).getPrimaryResult().getScore();
        }
    }

    private static final List<Ratio> RATIOS = List.of(
            new Ratio("dispatch_vs_weld", "dispatch1", "weldFire", 1.5),
            new Ratio("unobserved_overhead", "unobserved", "plain", 1.02),
            new Ratio("unobserved_overhead_unit_first", "unobserved_unit_first", "plain", 1.02),
            new Ratio("observed_vs_callback", "observed", "callback", 1.10));

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(Pattern.quote(DispatchBenchmark.class.getName() + "."))
                .include(Pattern.quote(PersistBenchmark.class.getName() + "."))
                .addProfiler(CpuTimeProfiler.class)
                .shouldFailOnError(true);
        if (args.length > 0) {
            options.result(args[0]).resultFormat(ResultFormatType.JSON);
        }
        Map<String, RunResult> runs = runs(new Runner(options.build()).run());

        System.out.println();
        score(runs, "directCall", "direct_call");
        score(runs, "weldFire", "weld_event_fire_1_observer");
        score(runs, "dispatch0", "dispatch_0_observers");
        score(runs, "dispatch1", "dispatch_1_observer");
        score(runs, "dispatch10", "dispatch_10_observers");
        score(runs, "plain", "persist_plain");
        score(runs, "unobserved", "persist_signals_unobserved");
        score(runs, "unobserved_unit_first", "persist_signals_unobserved_unit_first");
        score(runs, "observed", "persist_signals_observed");
        score(runs, "callback", "persist_jpa_callback");
        System.out.printf(Locale.ROOT, "(dispatch op: one event; persist op: %,d entities; mean ± JMH's 99.9%% error;"
                + " cpu: the JVM's CPU time per op)%n", PersistBenchmark.ENTITIES);

        for (Ratio ratio : RATIOS) {
            Result<?> numerator = runs.get(ratio.numerator()).getPrimaryResult();
            Result<?> denominator = runs.get(ratio.denominator()).getPrimaryResult();
            double value = ratio.of(runs);
            double error = value * Math.hypot(numerator.getScoreError() / numerator.getScore(),
                    denominator.getScoreError() / denominator.getScore());
            double cpu = cpu(runs.get(ratio.numerator())).getScore() / cpu(runs.get(ratio.denominator())).getScore();
            System.out.printf(Locale.ROOT, "RATIO %s %.3f%n", ratio.name(), value);
            System.out.printf(Locale.ROOT, "  %s: ± %.3f from the errors; %.3f in CPU time; target <= %.2f%n",
                    ratio.name(), error, cpu, ratio.target());
        }
        for (Ratio ratio : RATIOS) {
            System.out.printf("TARGET %s %s%n", ratio.name(), ratio.of(runs) <= ratio.target() ? "met" : "missed");
        }
    }

    /** The runs by benchmark method, or by scenario for the parameterized {@link PersistBenchmark}. */
    private static Map<String, RunResult> runs(Collection<RunResult> results) {
        Map<String, RunResult> runs = new HashMap<>();
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            String scenario = params.getParam("scenario");
            String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            runs.put(scenario != null ? scenario : method, result);
        }
        return runs;
    }

    private static Result<?> cpu(RunResult run) {
        return run.getSecondaryResults().get(CpuTimeProfiler.RESULT);
    }

    private static void score(Map<String, RunResult> runs, String key, String label) {
        Result<?> wall = runs.get(key).getPrimaryResult();
        Result<?> cpu = cpu(runs.get(key));
        System.out.printf(Locale.ROOT, "SCORE %-28s %,16.1f ± %,14.1f ns/op   cpu %,16.1f ± %,14.1f ns/op%n",
                label, wall.getScore(), wall.getScoreError(), cpu.getScore(), cpu.getScoreError());
    }
}
