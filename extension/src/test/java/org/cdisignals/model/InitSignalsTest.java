package org.cdisignals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cdisignals.polls.Question;
import org.cdisignals.support.Databases;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.RecordAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InitSignalsTest {

    private Fixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void loadingSendsPreInitThenPostInitOnceWithTheManagedInstance() {
        fixture = Fixture.start(RecordAll.class, Instances.class);
        Long id = persistQuestion();
        fixture.log().clear();

        Question found = fixture.inTransactionReturning(em -> em.find(Question.class, id));

        assertEquals(loaded(1), fixture.log().lines());
        assertEquals(1, fixture.bean(Instances.class).seen().size());
        assertSame(found, fixture.bean(Instances.class).seen().get(0));
    }

    @Test
    void eachPersistenceContextThatLoadsTheEntitySendsItsOwnPostInit() {
        fixture = Fixture.start(RecordAll.class);
        Long id = persistQuestion();
        fixture.log().clear();

        fixture.inTransaction(em -> em.find(Question.class, id));
        fixture.inTransaction(em -> em.createQuery("select q from Question q", Question.class).getResultList());

        assertEquals(loaded(2), fixture.log().lines());
    }

    @ParameterizedTest(name = "shared cache mode {0}")
    @ValueSource(strings = {"ENABLE_SELECTIVE", "NONE"})
    void everyLoadSendsPreInitThenPostInitWhateverTheSharedCacheMode(String mode) {
        Map<String, Object> properties = Databases.properties();
        properties.put("jakarta.persistence.sharedCache.mode", mode);
        fixture = Fixture.start("polls", properties, RecordAll.class);
        Long id = persistQuestion();
        fixture.log().clear();

        fixture.inTransaction(em -> em.find(Question.class, id));
        fixture.inTransaction(em -> em.createQuery("select q from Question q", Question.class).getResultList());

        assertEquals(loaded(2), fixture.log().lines());
    }

    @Test
    void aLoadAfterAFlushAndClearInOneTransactionSendsPreInitThenPostInit() {
        fixture = Fixture.start(RecordAll.class);
        Long id = persistQuestion();
        fixture.log().clear();

        fixture.inTransaction(em -> {
            em.find(Question.class, id).setQuestionText("Which?");
            em.flush();
            em.clear();
            em.find(Question.class, id);
        });

        assertEquals(loaded(2), fixture.log().startingWith("PreInit", "PostInit"));
    }

    @Test
    void persistingANewInstanceSendsNoInitSignal() {
        fixture = Fixture.start(RecordAll.class);
        persistQuestion();
        assertEquals(List.of(), fixture.log().startingWith("PreInit", "PostInit"));
    }

    /** What loading the question {@code times} times sends, on both providers. */
    private static List<String> loaded(int times) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            lines.add("PreInit Question");
            lines.add("PostInit Question[Which?]");
        }
        return lines;
    }

    private Long persistQuestion() {
        return fixture.inTransactionReturning(em -> {
            Question question = new Question("Which?");
            em.persist(question);
            return question.getId();
        });
    }

    @ApplicationScoped
    static class Instances {
        private final List<Object> seen = new ArrayList<>();

        List<Object> seen() {
            return seen;
        }

        void loaded(@Observes PostInit<Question> e) {
            seen.add(e.instance());
        }
    }
}
