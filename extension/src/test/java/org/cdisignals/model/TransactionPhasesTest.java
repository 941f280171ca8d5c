package org.cdisignals.model;

import static jakarta.interceptor.Interceptor.Priority.APPLICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.RollbackException;

import org.cdisignals.Sender;
import org.cdisignals.polls.Question;
import org.cdisignals.support.EventLog;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.jta.Jta;
import org.cdisignals.support.jta.JtaUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Transactional and asynchronous observers of a library signal on a JTA unit (Narayana in the JVM), for each moment
 * the provider may flush: explicitly, at commit (inside the transaction's {@code beforeCompletion}), or before a
 * query. The lines {@code flush}, {@code query}, {@code commit} and {@code rollback} mark what the test did, so each
 * sequence shows when every observer ran.
 */
class TransactionPhasesTest {

    /** When the save is flushed. */
    enum Flush {
        EXPLICIT, AT_COMMIT, BY_QUERY
    }

    private Fixture fixture;

    @BeforeEach
    void start() {
        fixture = JtaUnit.start(PhaseObservers.class);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @ParameterizedTest
    @EnumSource(Flush.class)
    void aCommittedSaveReachesEveryPhaseInOrderAndTheAsyncObserverAfterTheCommit(Flush flush) throws Exception {
        EntityManager em = JtaUnit.begin(fixture);
        em.persist(new Question("Kept?"));
        flush(em, flush);
        mark("commit");
        Jta.manager().commit();
        em.close();

        List<String> expected = new ArrayList<>(before(flush, "Kept?"));
        expected.addAll(List.of("BEFORE_COMPLETION Question[Kept?]", "AFTER_SUCCESS Question[Kept?]",
                "AFTER_COMPLETION Question[Kept?]", "ASYNC Question[Kept?]"));
        assertEquals(expected, awaitLines(expected.size()));
        assertEquals(1, rows("Kept?"));
    }

    @ParameterizedTest
    @EnumSource(value = Flush.class, names = {"EXPLICIT", "BY_QUERY"})
    void aRolledBackSaveReachesOnlyTheFailurePhasesAndNoAsyncObserver(Flush flush) throws Exception {
        EntityManager em = JtaUnit.begin(fixture);
        em.persist(new Question("Withdrawn?"));
        flush(em, flush);
        mark("rollback");
        Jta.manager().rollback();
        em.close();

        assertEquals(List.of(flush == Flush.EXPLICIT ? "flush" : "query", "IN_PROGRESS Question[Withdrawn?]",
                "rollback", "AFTER_FAILURE Question[Withdrawn?]", "AFTER_COMPLETION Question[Withdrawn?]"),
                settledLines());
        assertEquals(0, rows("Withdrawn?"));
    }

    @Test
    void aRollbackBeforeTheFlushAtCommitSendsNothing() throws Exception {
        EntityManager em = JtaUnit.begin(fixture);
        em.persist(new Question("Never flushed?"));
        mark("rollback");
        Jta.manager().rollback();
        em.close();

        assertEquals(List.of("rollback"), settledLines());
        assertEquals(0, rows("Never flushed?"));
    }

    @ParameterizedTest
    @EnumSource(Flush.class)
    void aSaveVetoedAfterItsRowIsWrittenRollsBackAndReachesOnlyTheFailurePhases(Flush flush) throws Exception {
        EntityManager em = JtaUnit.begin(fixture);
        em.persist(new Question("Spam?"));
        if (flush == Flush.AT_COMMIT) {
            mark("commit");
            assertThrows(RollbackException.class, () -> Jta.manager().commit());
        } else {
            assertThrows(RuntimeException.class, () -> flush(em, flush));
            mark("rollback");
            Jta.manager().rollback();
        }
        em.close();

        String inProgress = "IN_PROGRESS Question[Spam?]";
        String veto = "VETO Question[Spam?]";
        List<String> expected = new ArrayList<>(switch (flush) {
            case EXPLICIT -> List.of("flush", inProgress, veto, "rollback");
            case BY_QUERY -> List.of("query", inProgress, veto, "rollback");
            case AT_COMMIT -> List.of("commit", inProgress, veto);
        });
        expected.addAll(List.of("AFTER_FAILURE Question[Spam?]", "AFTER_COMPLETION Question[Spam?]"));
        assertEquals(expected, settledLines());
        assertEquals(0, rows("Spam?"));
    }

    @Test
    void aSaveInATransactionAlreadyMarkedForRollbackReachesTheFailurePhasesAtOnce() throws Exception {
        EntityManager em = JtaUnit.begin(fixture);
        // The unit's connection is enlisted while the transaction can still enlist one, as a server's would be.
        em.createNativeQuery("SELECT COUNT(*) FROM QUESTION").getSingleResult();
        em.persist(new Question("Doomed?"));
        Jta.manager().setRollbackOnly();
        mark("flush");
        em.flush();
        mark("rollback");
        Jta.manager().rollback();
        em.close();

        assertEquals(List.of("flush", "IN_PROGRESS Question[Doomed?]", "AFTER_FAILURE Question[Doomed?]",
                "AFTER_COMPLETION Question[Doomed?]", "rollback"), settledLines());
        assertEquals(0, rows("Doomed?"));
    }

    @Test
    void twoSavesOfOneTransactionReachEachPhaseInTheOrderTheyWereSent() throws Exception {
        EntityManager em = JtaUnit.begin(fixture);
        em.persist(new Question("First?"));
        mark("flush");
        em.flush();
        em.persist(new Question("Second?"));
        mark("commit");
        Jta.manager().commit();
        em.close();

        assertEquals(List.of("flush", "IN_PROGRESS Question[First?]", "commit", "IN_PROGRESS Question[Second?]",
                "BEFORE_COMPLETION Question[First?]", "BEFORE_COMPLETION Question[Second?]",
                "AFTER_SUCCESS Question[First?]", "AFTER_COMPLETION Question[First?]",
                "AFTER_SUCCESS Question[Second?]", "AFTER_COMPLETION Question[Second?]"),
                log().startingWith("flush", "commit", "IN_PROGRESS", "BEFORE_", "AFTER_"));
        assertEquals(2, awaitLines(12).stream().filter(line -> line.startsWith("ASYNC")).count());
    }

    /** What the log holds before the commit or rollback for a save flushed as {@code flush}. */
    private static List<String> before(Flush flush, String text) {
        String inProgress = "IN_PROGRESS Question[" + text + "]";
        return switch (flush) {
            case EXPLICIT -> List.of("flush", inProgress, "commit");
            case BY_QUERY -> List.of("query", inProgress, "commit");
            case AT_COMMIT -> List.of("commit", inProgress);
        };
    }

    private void flush(EntityManager em, Flush flush) {
        switch (flush) {
            case EXPLICIT -> {
                mark("flush");
                em.flush();
            }
            case BY_QUERY -> {
                mark("query");
                em.createQuery("select count(q) from Question q").getSingleResult();
            }
            case AT_COMMIT -> {
            }
        }
    }

    private void mark(String line) {
        log().add(line);
    }

    private EventLog log() {
        return fixture.log();
    }

    private long rows(String text) {
        return fixture.count("SELECT COUNT(*) FROM QUESTION WHERE QUESTIONTEXT = '" + text + "'");
    }

    /** The log once it holds {@code size} lines (the asynchronous one arrives from another thread), or after 5 s. */
    private List<String> awaitLines(int size) throws InterruptedException {
        for (int i = 0; i < 100 && log().lines().size() < size; i++) {
            Thread.sleep(50);
        }
        return log().lines();
    }

    /** The log after long enough for an asynchronous observer, had it been notified, to have written its line. */
    private List<String> settledLines() throws InterruptedException {
        Thread.sleep(300);
        return log().lines();
    }

    /**
     * One observer per phase and an asynchronous one, each writing its phase, and one that vetoes questions of spam
     * after its row is written; their priorities fix the order of those notified at the same moment.
     */
    @ApplicationScoped
    static class PhaseObservers {

        @Inject
        EventLog log;

        void inProgress(@Observes @Priority(APPLICATION + 100) @Sender(Question.class) PostSave<Question> e) {
            log.add("IN_PROGRESS " + e.instance());
        }

        void beforeCompletion(@Observes(during = TransactionPhase.BEFORE_COMPLETION) @Priority(APPLICATION + 200)
                              PostSave<Question> e) {
            log.add("BEFORE_COMPLETION " + e.instance());
        }

        void afterSuccess(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(APPLICATION + 300)
                          PostSave<Question> e) {
            log.add("AFTER_SUCCESS " + e.instance());
        }

        void afterFailure(@Observes(during = TransactionPhase.AFTER_FAILURE) @Priority(APPLICATION + 400)
                          PostSave<Question> e) {
            log.add("AFTER_FAILURE " + e.instance());
        }

        void afterCompletion(@Observes(during = TransactionPhase.AFTER_COMPLETION) @Priority(APPLICATION + 500)
                             PostSave<Question> e) {
            log.add("AFTER_COMPLETION " + e.instance());
        }

        void async(@ObservesAsync PostSave<Question> e) {
            log.add("ASYNC " + e.instance());
        }

        void veto(@Observes @Priority(APPLICATION + 900) PostSave<Question> e) {
            if (e.instance().getQuestionText().startsWith("Spam")) {
                log.add("VETO " + e.instance());
                throw new IllegalArgumentException("No spam: " + e.instance());
            }
        }
    }
}
