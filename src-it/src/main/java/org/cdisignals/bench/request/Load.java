package org.cdisignals.bench.request;

/**
 * What one load run achieved.
 *
 * @param requests the requests answered with 2xx
 * @param seconds  the run's duration as the load generator measured it
 * @param errors   the failed requests: socket errors, timeouts, other statuses
 */
record Load(long requests, double seconds, long errors) {

    double perSecond() {
        return requests / seconds;
    }
}
