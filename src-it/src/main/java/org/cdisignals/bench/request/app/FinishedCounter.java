package org.cdisignals.bench.request.app;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cdisignals.request.RequestFinished;

/** The one trivial {@code RequestFinished} observer of the observed variant: it counts. */
@ApplicationScoped
public class FinishedCounter {

    private final AtomicLong finished = new AtomicLong();

    void onFinished(@Observes RequestFinished event) {
        finished.incrementAndGet();
    }

    /** The requests finished so far. */
    public long finished() {
        return finished.get();
    }
}
