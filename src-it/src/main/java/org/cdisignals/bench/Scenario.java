package org.cdisignals.bench;

import java.util.Map;

/**
 * One set-up the run measures, in several forks: a benchmark method with its parameters, named by {@code key}
 * ({@code persist.hibernate.plain}, {@code dispatch.weldFire}).
 *
 * @param withLibrary whether its forks have the cdi-signals jar on their class path
 */
record Scenario(String key, Class<?> benchmark, String method, Map<String, String> params, boolean withLibrary) {

    /** A {@link BenchUnit} scenario of a JPA benchmark on {@code provider}, keyed {@code workload.provider.scenario}. */
    static Scenario jpa(String workload, Class<?> benchmark, String method, String provider, String scenario) {
        return new Scenario(workload + "." + provider + "." + scenario, benchmark, method,
                Map.of("provider", provider, "scenario", scenario), BenchUnit.withLibrary(scenario));
    }

    /** A benchmark method of {@link DispatchBenchmark}, keyed {@code dispatch.method}. */
    static Scenario dispatch(String method) {
        return new Scenario("dispatch." + method, DispatchBenchmark.class, method, Map.of(), true);
    }
}
