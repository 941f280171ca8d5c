package org.cdisignals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.RollbackException;

import org.cdisignals.Signals;
import org.cdisignals.polls.Person;
import org.cdisignals.polls.Question;
import org.cdisignals.support.EventLog;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.Providers;
import org.cdisignals.support.RecordAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SaveSignalsTest {

    private static final String UNIT = Providers.unit("polls");

    private Fixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void persistSendsPreSaveThenPostSaveCreatedWithTheUnitName() {
        fixture = Fixture.start(UnitRecorder.class);
        fixture.inTransaction(em -> em.persist(new Question("What's new?")));
        assertEquals(List.of("PreSave Question[What's new?] using=" + UNIT + " fields=null",
                        "PostSave Question[What's new?] created using=" + UNIT + " fields=null"),
                fixture.log().lines());
    }

    @Test
    void updateSendsPreSaveThenPostSaveUpdatedWithTheDirtyFields() {
        fixture = Fixture.start(RecordAll.class);
        Long id = fixture.inTransactionReturning(em -> {
            Question question = new Question("What's new?");
            em.persist(question);
            return question.getId();
        });
        fixture.log().clear();

        fixture.inTransaction(em -> em.find(Question.class, id).setQuestionText("What's up?"));

        assertEquals(List.of("PreSave Question[What's up?] fields=[questionText]",
                "PostSave Question[What's up?] updated fields=[questionText]"), fixture.log().startingWith("PreSave", "PostSave"));
    }

    @Test
    void updateOfAnInheritedAttributeNamesIt() {
        fixture = Fixture.start(RecordAll.class);
        Long id = persistQuestion("Why?");
        fixture.log().clear();

        fixture.inTransaction(em -> {
            Question question = em.find(Question.class, id);
            question.touch();
            question.setQuestionText("Why not?");
        });

        assertEquals(List.of("PreSave Question[Why not?] fields=[questionText, version]",
                "PostSave Question[Why not?] updated fields=[questionText, version]"), fixture.log().startingWith("PreSave", "PostSave"));
    }

    @Test
    void flushWithoutChangesSendsNoSaveSignal() {
        fixture = Fixture.start(RecordAll.class);
        Long id = persistQuestion("What's new?");
        fixture.log().clear();

        fixture.inTransaction(em -> {
            em.find(Question.class, id);
            em.flush();
        });

        assertEquals(List.of(), fixture.log().startingWith("PreSave"));
        assertEquals(List.of(), fixture.log().startingWith("PostSave"));
    }

    @Test
    void mergeOfADetachedEntityWithAnUnknownAssignedIdCreatesTheManagedCopy() {
        fixture = Fixture.start(ManagedCopyRecorder.class);
        Person merged = fixture.inTransactionReturning(em -> em.merge(new Person("ada")));

        assertEquals(List.of("PreSave Person[ada] created=false managed", "PostSave Person[ada] created=true managed"),
                fixture.log().lines());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM PERSON WHERE USERNAME = 'ada'"));
        assertEquals("ada", merged.getUsername());
    }

    @Test
    void whatAPreSaveObserverChangesOnTheInstanceIsSaved() {
        fixture = Fixture.start(Capitalizer.class);
        Long id = persistQuestion("insert?");
        assertEquals("INSERT?", fixture.inTransactionReturning(em -> em.find(Question.class, id).getQuestionText()));

        fixture.inTransaction(em -> em.find(Question.class, id).setQuestionText("update?"));

        assertEquals(1, fixture.count("SELECT COUNT(*) FROM QUESTION WHERE QUESTIONTEXT = 'UPDATE?'"));
    }

    @Test
    void observersRunInPriorityOrder() {
        fixture = Fixture.start(PriorityObservers.class);
        persistQuestion("Who?");
        assertEquals(List.of("first", "second", "third"), fixture.log().lines());
    }

    @Test
    void throwingPreSaveObserverStopsLaterObserversReachesTheCallerAndLeavesNoRow() {
        fixture = Fixture.start(VetoingPreSave.class);

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> persistQuestion("Vetoed?"));

        assertEquals("no questions today", thrown.getMessage());
        assertEquals(List.of("veto"), fixture.log().lines());
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM QUESTION"));
    }

    @Test
    void throwingPostSaveObserverLeavesNoRowAfterRollback() {
        fixture = Fixture.start(FailingPostSave.class);

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> persistQuestion("Rolled back?"));

        assertEquals(RollbackException.class, thrown.getClass());
        assertEquals("audit unavailable", rootCause(thrown).getMessage());
        assertEquals(List.of("post-save failed"), fixture.log().lines());
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM QUESTION"));
    }

    @Test
    void savesFlushedInsideRawCarryRawTrue() {
        fixture = Fixture.start(RecordAll.class);
        Signals signals = fixture.bean(Signals.class);

        fixture.inTransaction(em -> signals.raw(() -> {
            em.persist(new Question("Imported"));
            em.flush();
        }));
        persistQuestion("Typed");

        assertEquals(List.of("PreSave Question[Imported] raw", "PostSave Question[Imported] created raw",
                "PreSave Question[Typed]", "PostSave Question[Typed] created"), fixture.log().startingWith("PreSave", "PostSave"));
    }

    private Long persistQuestion(String text) {
        return fixture.inTransactionReturning(em -> {
            Question question = new Question(text);
            em.persist(question);
            return question.getId();
        });
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @ApplicationScoped
    static class UnitRecorder {
        @Inject
        EventLog log;

        void pre(@Observes PreSave<Question> e) {
            log.add("PreSave " + e.instance() + " using=" + e.using() + " fields=" + e.updateFields());
        }

        void post(@Observes PostSave<Question> e) {
            log.add("PostSave " + e.instance() + (e.created() ? " created" : " updated") + " using=" + e.using()
                    + " fields=" + e.updateFields());
        }
    }

    @ApplicationScoped
    static class ManagedCopyRecorder {
        @Inject
        EventLog log;

        void pre(@Observes PreSave<Person> e) {
            log.add("PreSave " + e.instance() + " created=false" + (e.updateFields() == null ? " managed" : ""));
        }

        void post(@Observes PostSave<Person> e) {
            log.add("PostSave " + e.instance() + " created=" + e.created() + (e.updateFields() == null ? " managed" : ""));
        }
    }

    @ApplicationScoped
    static class Capitalizer {
        void capitalize(@Observes PreSave<Question> e) {
            e.instance().setQuestionText(e.instance().getQuestionText().toUpperCase(java.util.Locale.ROOT));
        }
    }

    @ApplicationScoped
    static class PriorityObservers {
        @Inject
        EventLog log;

        void third(@Observes @Priority(300) PreSave<Question> e) {
            log.add("third");
        }

        void first(@Observes @Priority(100) PreSave<Question> e) {
            log.add("first");
        }

        void second(@Observes @Priority(200) PreSave<Question> e) {
            log.add("second");
        }
    }

    @ApplicationScoped
    static class VetoingPreSave {
        @Inject
        EventLog log;

        void veto(@Observes @Priority(1) PreSave<Question> e) {
            log.add("veto");
            throw new IllegalStateException("no questions today");
        }

        void later(@Observes @Priority(2) PreSave<Question> e) {
            log.add("later observer ran");
        }
    }

    @ApplicationScoped
    static class FailingPostSave {
        @Inject
        EventLog log;

        void fail(@Observes PostSave<Question> e) {
            log.add("post-save failed");
            throw new IllegalStateException("audit unavailable");
        }
    }
}
