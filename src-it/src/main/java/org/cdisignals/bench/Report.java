package org.cdisignals.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the run's figures: a {@code SCORE} line per scenario, then one line per figure — {@code RATIO name value
 * low high} (ours ÷ baseline and its 95 % interval, see {@link Estimate}) and {@code ALLOC name bytes} (bytes
 * allocated per entity above {@code plain}) — then {@code TARGET name met|missed}, judged on the interval's far
 * bound. It measures and never fails.
 */
final class Report {

    static final List<String> PROVIDERS = List.of("eclipselink", "hibernate");

    /**
     * Below this many bytes per entity an extra allocation counts as none: one object is at least 16 bytes, so this
     * is less than one object per 32 entities, and an object per entity shows far above it.
     */
    private static final double NO_BYTES = 0.5;

    private static final Map<String, Integer> ENTITIES_PER_OP = Map.of(
            "persist", PersistBenchmark.ENTITIES, "load", LoadBenchmark.ENTITIES, "m2m", M2MBenchmark.PIZZAS);

    private final Map<String, List<Sample>> samples;
    private final Map<String, Double> django;
    private final Map<String, Estimate> ratios = new LinkedHashMap<>();
    private final Map<String, Double> allocations = new LinkedHashMap<>();
    private final Map<String, Boolean> targets = new LinkedHashMap<>();

    Report(Map<String, List<Sample>> samples, Map<String, Double> django) {
        this.samples = samples;
        this.django = django;
    }

    void print() {
        scores();
        for (String provider : PROVIDERS) {
            ratio("persist_unobserved_" + provider, "persist." + provider + ".unobserved", "persist." + provider + ".plain");
            ratio("persist_unobserved_unit_first_" + provider, "persist." + provider + ".unobserved_unit_first",
                    "persist." + provider + ".plain");
            ratio("persist_observed_vs_callback_" + provider, "persist." + provider + ".observed",
                    "persist." + provider + ".callback");
            ratio("load_unobserved_" + provider, "load." + provider + ".unobserved", "load." + provider + ".plain");
            ratio("load_unobserved_unit_first_" + provider, "load." + provider + ".unobserved_unit_first",
                    "load." + provider + ".plain");
            ratio("m2m_unobserved_" + provider, "m2m." + provider + ".unobserved", "m2m." + provider + ".plain");
            ratio("m2m_observed_vs_unobserved_" + provider, "m2m." + provider + ".observed",
                    "m2m." + provider + ".unobserved");
        }
        ratio("dispatch_vs_weld", "dispatch.dispatch1", "dispatch.weldFire");
        djangoRatios();
        ratios.forEach((name, ratio) -> System.out.printf(Locale.ROOT, "RATIO %s %.3f %.3f %.3f%n", name,
                ratio.value(), ratio.low(), ratio.high()));

        for (String key : samples.keySet()) {
            String[] parts = key.split("\\.");
            if (ENTITIES_PER_OP.containsKey(parts[0]) && !parts[2].equals("plain")) {
                allocation(parts[0] + "_" + parts[2] + "_" + parts[1], key, parts[0] + "." + parts[1] + ".plain",
                        ENTITIES_PER_OP.get(parts[0]));
            }
        }
        allocations.forEach((name, bytes) -> System.out.printf(Locale.ROOT, "ALLOC %s %.2f%n", name, bytes));

        for (String provider : PROVIDERS) {
            for (String unobserved : List.of("persist_unobserved_", "persist_unobserved_unit_first_",
                    "load_unobserved_", "load_unobserved_unit_first_")) {
                String name = unobserved + provider;
                targets.put(name, ratios.get(name).high() <= 1.02 && allocations.get(name) < NO_BYTES);
            }
            String name = "persist_observed_vs_callback_" + provider;
            targets.put(name, ratios.get(name).high() <= 1.05);
        }
        targets.put("dispatch_vs_weld", ratios.get("dispatch_vs_weld").high() <= 1.3);
        if (ratios.containsKey("django_send_vs_dispatch")) {
            targets.put("django_send_vs_dispatch", ratios.get("django_send_vs_dispatch").low() >= 40);
        }
        targets.forEach((name, met) -> System.out.printf("TARGET %s %s%n", name, met ? "met" : "missed"));
    }

    private void scores() {
        samples.forEach((key, forks) -> {
            Estimate nanos = Estimate.mean(forks.stream().map(Sample::nanos).toList());
            Estimate bytes = Estimate.mean(forks.stream().map(Sample::bytes).toList());
            Estimate cpu = Estimate.mean(forks.stream().map(Sample::cpuNanos).toList());
            System.out.printf(Locale.ROOT, "SCORE %-36s %,15.1f ns/op [%,.1f, %,.1f]  %,14.1f B/op  cpu %,15.1f ns/op%n",
                    key, nanos.value(), nanos.low(), nanos.high(), bytes.value(), cpu.value());
        });
        django.forEach((key, nanos) -> System.out.printf(Locale.ROOT, "SCORE django.%-29s %,15.1f ns/op (median)%n",
                key, nanos));
        System.out.printf(Locale.ROOT, "(op: dispatch one event; persist %,d entities; load %,d entities; m2m %d pizzas,"
                        + " a topping added and removed on each; geometric mean of %d forks [95 %% interval]; B/op:"
                        + " gc.alloc.rate.norm; cpu: the fork's CPU time)%n", PersistBenchmark.ENTITIES,
                LoadBenchmark.ENTITIES, M2MBenchmark.PIZZAS, samples.values().iterator().next().size());
    }

    private void ratio(String name, String numerator, String denominator) {
        ratios.put(name, Estimate.ratio(nanos(numerator), nanos(denominator)));
    }

    private void allocation(String name, String scenario, String plain, int entities) {
        allocations.put(name, (meanBytes(scenario) - meanBytes(plain)) / entities);
    }

    /** Django's time ÷ ours, for each operation both sides measure; Django's medians taken as exact. */
    private void djangoRatios() {
        djangoRatio("django_send_vs_dispatch", "post_save_send.1_receiver", "dispatch.dispatch1", 1);
        djangoRatio("django_send0_vs_dispatch0", "post_save_send.0_receivers", "dispatch.dispatch0", 1);
        djangoRatio("django_send10_vs_dispatch10", "post_save_send.10_receivers", "dispatch.dispatch10", 1);
        for (String provider : PROVIDERS) {
            djangoRatio("django_save_vs_persist_observed_" + provider, "save_insert.pre_save_post_save_receivers",
                    "persist." + provider + ".observed", PersistBenchmark.ENTITIES);
            djangoRatio("django_m2m_vs_m2m_observed_" + provider, "m2m_add_remove.m2m_changed_receiver",
                    "m2m." + provider + ".observed", M2MBenchmark.PIZZAS);
        }
    }

    private void djangoRatio(String name, String djangoKey, String ours, int perOp) {
        Double theirs = django.get(djangoKey);
        if (theirs == null) {
            return;
        }
        Estimate oursPerEntity = Estimate.mean(nanos(ours)).times(1.0 / perOp);
        System.out.printf(Locale.ROOT, "# %s: Django %s %,.1f ns, ours %s %,.1f ns%n", name, djangoKey, theirs, ours,
                oursPerEntity.value());
        ratios.put(name, oursPerEntity.dividing(theirs));
    }

    private List<Double> nanos(String key) {
        return samples.get(key).stream().map(Sample::nanos).toList();
    }

    private double meanBytes(String key) {
        return samples.get(key).stream().mapToDouble(Sample::bytes).average().orElseThrow();
    }
}
