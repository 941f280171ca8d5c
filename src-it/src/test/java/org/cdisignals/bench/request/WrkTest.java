package org.cdisignals.bench.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class WrkTest {

    @Test
    void readsTheSummaryOfARunWithErrors() throws IOException {
        Load load = Wrk.parse("""
                Running 2s test @ http://127.0.0.1:8080/request-plain/hello
                  1 threads and 8 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency   250.12us  101.55us   4.02ms   90.11%
                    Req/Sec    31.20k     1.10k   32.50k    75.00%
                  62102 requests in 2.00s, 8.17MB read
                  Socket errors: connect 0, read 1, write 0, timeout 2
                  Non-2xx or 3xx responses: 3
                Requests/sec:  31050.55
                Transfer/sec:      4.08MB
                """);

        assertEquals(new Load(62099, 2.0, 6), load);
    }

    @Test
    void readsADurationInMinutes() throws IOException {
        assertEquals(new Load(10, 60.0, 0), Wrk.parse("  10 requests in 1.00m, 1.00KB read\n"));
    }
}
