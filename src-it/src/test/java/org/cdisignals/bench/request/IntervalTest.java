package org.cdisignals.bench.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void isTheGeometricMeanWithStudentsIntervalOfTheLogarithms() {
        // Ratios 0.9, 1.0, 1.1: the logarithms' mean and standard deviation, t = 4.303 for 2 degrees of freedom.
        Interval interval = Interval.ofRatios(new double[] {0.9, 1.0, 1.1}, new double[] {1, 1, 1});

        double[] logs = {Math.log(0.9), 0, Math.log(1.1)};
        double mean = (logs[0] + logs[2]) / 3;
        double sd = Math.sqrt((Math.pow(logs[0] - mean, 2) + mean * mean + Math.pow(logs[2] - mean, 2)) / 2);
        assertEquals(Math.exp(mean), interval.value(), 1e-12);
        assertEquals(Math.exp(mean - 4.303 * sd / Math.sqrt(3)), interval.low(), 1e-12);
        assertEquals(Math.exp(mean + 4.303 * sd / Math.sqrt(3)), interval.high(), 1e-12);
    }

    @Test
    void beyondTheTableUsesTheExpansion() {
        // 31 rounds: 30 degrees of freedom, t = 2.042; the interval's half width in logarithms is t * sd / sqrt(n).
        double[] ratios = new double[31];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = i % 2 == 0 ? 1.01 : 0.99;
        }
        double[] ones = new double[31];
        Arrays.fill(ones, 1);
        Interval interval = Interval.ofRatios(ratios, ones);

        double[] logs = new double[31];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log(ratios[i]);
        }
        double half = Math.log(interval.high() / interval.value());
        assertEquals(2.042, half * Math.sqrt(31) / Interval.standardDeviation(logs), 0.002);
    }
}
