package org.cdisignals.bench;

/**
 * What one fork measured, each the mean of its measurement iterations, per benchmark operation.
 *
 * @param nanos wall time
 * @param bytes bytes allocated (JMH's {@code gc.alloc.rate.norm})
 * @param cpuNanos the JVM's CPU time ({@link CpuTimeProfiler})
 */
record Sample(double nanos, double bytes, double cpuNanos) {
}
