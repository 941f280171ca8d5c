package org.cdisignals.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure with its two-sided 95 % confidence interval, from one value per fork, computed on the log scale (the
 * figures are times, whose spread grows with their size, and the interval stays positive): the value is the
 * geometric mean, the interval Student's t-interval of the logarithms (n - 1 degrees of freedom), transformed back.
 * A ratio pairs the forks of its two scenarios by round — the runner interleaves them, so a round's forks ran close
 * together and share the machine's load of the moment — and takes that interval of the per-round ratios.
 */
record Estimate(double value, double low, double high) {

    // Student's t, 97.5 % quantile, for 1 to 30 degrees of freedom; beyond, the normal's.
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

    /** The geometric mean of {@code values} (one per fork) and its interval. */
    static Estimate mean(List<Double> values) {
        return logInterval(values.stream().map(Math::log).toList());
    }

    /** {@code numerators[i] ÷ denominators[i]}, paired by round, on the log scale. */
    static Estimate ratio(List<Double> numerators, List<Double> denominators) {
        if (numerators.size() != denominators.size()) {
            throw new IllegalArgumentException("unpaired forks");
        }
        List<Double> logs = new ArrayList<>();
        for (int i = 0; i < numerators.size(); i++) {
            logs.add(Math.log(numerators.get(i) / denominators.get(i)));
        }
        return logInterval(logs);
    }

    /** {@code dividend ÷ this}, for a figure measured elsewhere and taken as exact (Django's medians). */
    Estimate dividing(double dividend) {
        return new Estimate(dividend / value, dividend / high, dividend / low);
    }

    /** This figure scaled by {@code factor} (per operation to per entity). */
    Estimate times(double factor) {
        return new Estimate(value * factor, low * factor, high * factor);
    }

    private static Estimate logInterval(List<Double> logs) {
        int n = logs.size();
        double mean = logs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double squares = logs.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        // One fork gives no spread: the interval is then unknown, not zero.
        double half = n < 2 ? Double.NaN : t975(n - 1) * Math.sqrt(squares / (n - 1) / n);
        return new Estimate(Math.exp(mean), Math.exp(mean - half), Math.exp(mean + half));
    }

    private static double t975(int degrees) {
        return degrees <= T975.length ? T975[degrees - 1] : 1.960;
    }
}
