package org.cdisignals.bench.request;

import java.util.EnumMap;
import java.util.Map;

/** One server's measurements: per variant and round, the requests per second and the server's CPU per request. */
final class Rounds {

    private final String server;
    private final Map<Variant, double[]> perSecond = new EnumMap<>(Variant.class);
    private final Map<Variant, double[]> cpuNanosPerRequest = new EnumMap<>(Variant.class);
    private final Map<Variant, Long> errors = new EnumMap<>(Variant.class);

    Rounds(String server, int rounds) {
        this.server = server;
        for (Variant variant : Variant.values()) {
            perSecond.put(variant, new double[rounds]);
            cpuNanosPerRequest.put(variant, new double[rounds]);
            errors.put(variant, 0L);
        }
    }

    void record(Variant variant, int round, Load load, long cpuNanos) {
        perSecond.get(variant)[round] = load.perSecond();
        cpuNanosPerRequest.get(variant)[round] = (double) cpuNanos / load.requests();
        errors.merge(variant, load.errors(), Long::sum);
    }

    String server() {
        return server;
    }

    double[] perSecond(Variant variant) {
        return perSecond.get(variant);
    }

    double[] cpuNanosPerRequest(Variant variant) {
        return cpuNanosPerRequest.get(variant);
    }

    long errors(Variant variant) {
        return errors.get(variant);
    }
}
