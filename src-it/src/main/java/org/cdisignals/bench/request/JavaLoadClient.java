package org.cdisignals.bench.request;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fallback when wrk is not installed: one thread per connection, each sending its next request when the last
 * is answered, through one HTTP/1.1 client that keeps the connections alive. It costs more CPU than wrk, which then
 * is missing from the server; the ratios, between variants loaded alike, still compare.
 */
final class JavaLoadClient implements LoadGenerator {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Load run(URI uri, int seconds) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
        AtomicLong answered = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(CONNECTIONS);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Future<?>> senders = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            senders.add(threads.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status / 100 == 2 ? answered : errors).incrementAndGet();
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> sender : senders) {
                sender.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
        return new Load(answered.get(), (System.nanoTime() - start) / 1e9, errors.get());
    }

    @Override
    public String description() {
        return "a Java client with " + CONNECTIONS + " connections";
    }
}
