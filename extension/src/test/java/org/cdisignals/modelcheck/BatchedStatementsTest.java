package org.cdisignals.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cdisignals.model.PostDelete;
import org.cdisignals.model.PostSave;
import org.cdisignals.modelcheck.domain.Shelf;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.Providers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With JDBC batching on ({@code hibernate.jdbc.batch_size}, {@code eclipselink.jdbc.batch-writing}), a flush's
 * {@code PostSave} and {@code PostDelete} are sent once the batch has run: an observer that reads the table on the
 * transaction's own connection sees every row of the flush as it was written.
 */
class BatchedStatementsTest {

    private Fixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void postSaveAndPostDeleteObserversSeeEveryRowOfABatchedFlush() {
        Map<String, Object> properties = ModelCheckPropertiesTest.properties();
        properties.put("hibernate.jdbc.batch_size", "20");
        properties.put("hibernate.order_updates", "true");
        properties.put("eclipselink.jdbc.batch-writing", "JDBC");
        properties.put("eclipselink.jdbc.batch-writing.size", "20");
        fixture = Fixture.start("modelcheck", properties, Journal.class, RowReader.class);
        // On a database server the tables may hold what an earlier test left.
        EntityManager cleaner = fixture.factory().createEntityManager();
        try {
            Tables.empty(cleaner);
        } finally {
            cleaner.close();
        }
        fixture.inTransaction(em -> {
            for (long id = 1; id <= 3; id++) {
                em.persist(new Shelf(id, "before"));
            }
        });
        RowReader reader = fixture.bean(RowReader.class);
        reader.seen().clear();

        fixture.inTransaction(em -> {
            fixture.bean(Journal.class).use(em);
            for (long id = 1; id <= 3; id++) {
                em.find(Shelf.class, id).setLabel("after");
            }
            em.flush();
            em.remove(em.find(Shelf.class, 2L));
            em.remove(em.find(Shelf.class, 3L));
            em.flush();
        });

        if (Providers.flushEvents()) {
            assertEquals(List.of("saved 1: [after, after, after]", "saved 2: [after, after, after]",
                    "saved 3: [after, after, after]", "deleted 2: [after]", "deleted 3: [after]"), reader.seen());
        } else {
            // Without flush events a flush's signals are sent inside it, before the batch of its UPDATEs executes.
            assertEquals(List.of("saved 1: [before, before, before]", "saved 2: [before, before, before]",
                    "saved 3: [before, before, before]", "deleted 2: [after, after, after]",
                    "deleted 3: [after, after, after]"), reader.seen());
        }
    }

    /** On every signal, the labels the table holds, read on the transaction's connection without flushing. */
    @ApplicationScoped
    static class RowReader {

        private final List<String> seen = new ArrayList<>();

        @Inject
        Journal journal;

        List<String> seen() {
            return seen;
        }

        void saved(@Observes PostSave<Shelf> e) {
            if (!e.created()) {
                seen.add("saved " + e.instance().getId() + ": " + labels());
            }
        }

        void deleted(@Observes PostDelete<Shelf> e) {
            seen.add("deleted " + e.instance().getId() + ": " + labels());
        }

        private List<String> labels() {
            return Tables.inTransaction(journal.entityManager()).of(Tables.SHELF).values().stream()
                    .map(row -> row.get("LABEL")).toList();
        }
    }
}
