package org.cdisignals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cdisignals.polls.Question;
import org.cdisignals.support.Fixture;
import org.junit.jupiter.api.Test;

/**
 * The observers of {@link TransactionPhasesTest} on a {@code RESOURCE_LOCAL} unit: no JTA transaction, so every
 * observer runs at once, in priority order, and the asynchronous one right after them.
 */
class OutsideTransactionsTest {

    @Test
    void withoutAJtaTransactionEveryPhaseObserverRunsAtTheFlushAndTheAsyncOneRightAfter() throws Exception {
        try (Fixture fixture = Fixture.start(TransactionPhasesTest.PhaseObservers.class)) {
            fixture.inTransaction(em -> {
                em.persist(new Question("Local?"));
                fixture.log().add("flush");
                em.flush();
            });

            List<String> expected = List.of("flush", "IN_PROGRESS Question[Local?]",
                    "BEFORE_COMPLETION Question[Local?]", "AFTER_SUCCESS Question[Local?]",
                    "AFTER_FAILURE Question[Local?]", "AFTER_COMPLETION Question[Local?]", "ASYNC Question[Local?]");
            for (int i = 0; i < 100 && fixture.log().lines().size() < expected.size(); i++) {
                Thread.sleep(50);
            }
            assertEquals(expected, fixture.log().lines());
            assertEquals(1, fixture.count("SELECT COUNT(*) FROM QUESTION WHERE QUESTIONTEXT = 'Local?'"));
        }
    }
}
