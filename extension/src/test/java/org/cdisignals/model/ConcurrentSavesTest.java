package org.cdisignals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cdisignals.polls.Question;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.RecordAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentSavesTest {

    private static final int THREADS = 8;
    private static final int SAVES_PER_THREAD = 25;

    private Fixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void eightThreadsSavingConcurrentlySeeEveryEventExactlyOnce() throws Exception {
        fixture = Fixture.start(RecordAll.class);
        fixture.factory().createEntityManager().close();
        fixture.log().clear();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < SAVES_PER_THREAD; i++) {
                        int n = i;
                        fixture.inTransaction(em -> em.persist(new Question("t" + thread + "-" + n)));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> lines = fixture.log().lines();
        Set<String> expected = new HashSet<>();
        for (int t = 0; t < THREADS; t++) {
            for (int i = 0; i < SAVES_PER_THREAD; i++) {
                expected.add("PreSave Question[t" + t + "-" + i + "]");
                expected.add("PostSave Question[t" + t + "-" + i + "] created");
            }
        }
        assertEquals(expected.size(), lines.size());
        assertEquals(expected, new HashSet<>(lines));
        assertEquals(THREADS * SAVES_PER_THREAD, fixture.count("SELECT COUNT(*) FROM QUESTION"));
    }
}
