package org.cdisignals.bench.request;

/**
 * A ratio estimated from paired rounds, with its 95 % confidence interval: the geometric mean of the per-round
 * ratios, and Student's t-interval of their logarithms, taken back. Each round measures the variants back to back,
 * so a round's ratio cancels what drifts between rounds (other builds on the machine, the server's own state);
 * logarithms make the interval of b/a the inverse of that of a/b.
 *
 * @param value the geometric mean
 * @param low   the interval's lower end
 * @param high  the interval's upper end
 */
record Interval(double value, double low, double high) {

    /** Two-sided 97.5 % quantiles of Student's t for 1–9 degrees of freedom. */
    private static final double[] T_975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262};

    /** The ratio {@code numerators[i] / denominators[i]} over the rounds i (at least two). */
    static Interval ofRatios(double[] numerators, double[] denominators) {
        int n = numerators.length;
        double[] logs = new double[n];
        for (int i = 0; i < n; i++) {
            logs[i] = Math.log(numerators[i] / denominators[i]);
        }
        double mean = mean(logs);
        double half = t975(n - 1) * standardDeviation(logs) / Math.sqrt(n);
        return new Interval(Math.exp(mean), Math.exp(mean - half), Math.exp(mean + half));
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The sample standard deviation (n − 1). */
    static double standardDeviation(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    /** From the table, beyond it Cornish-Fisher's expansion around the normal quantile (within 0.2 % from 10 on). */
    private static double t975(int degrees) {
        if (degrees <= T_975.length) {
            return T_975[degrees - 1];
        }
        double z = 1.959964;
        return z + (Math.pow(z, 3) + z) / (4 * degrees)
                + (5 * Math.pow(z, 5) + 16 * Math.pow(z, 3) + 3 * z) / (96 * Math.pow(degrees, 2));
    }
}
