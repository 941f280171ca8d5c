/**
 * The request path on a real server: the server's requests per second and CPU time per request for a trivial
 * servlet, without the library, with it and no request observer, and with one {@code RequestFinished} observer.
 * {@link org.cdisignals.bench.request.RequestBenchmark} runs it; docs/benchmarks.md describes the method.
 */
package org.cdisignals.bench.request;
