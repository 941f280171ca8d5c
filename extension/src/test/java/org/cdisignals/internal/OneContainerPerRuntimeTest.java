package org.cdisignals.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cdisignals.polls.Question;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.RecordAll;
import org.junit.jupiter.api.Test;

/**
 * One application, one runtime: where several containers share the jar's class loader (two Weld SE containers at once
 * in one JVM), a unit created with a container's {@code BeanManager} ({@code jakarta.persistence.bean.manager})
 * sends its signals to that container only; where a unit names no container while several run, it is refused with a
 * coded message instead of mixing, and so is a second container while such a unit is open.
 */
class OneContainerPerRuntimeTest {

    private static final String[] MODEL = {"PreSave", "PostSave", "PreDelete", "PostDelete", "PreInit", "PostInit"};

    @Test
    void twoContainersAtOnceEachSeeOnlyTheSignalsOfTheirOwnUnit() {
        try (Fixture first = Fixture.startOwnUnit("polls", RecordAll.class);
             Fixture second = Fixture.startOwnUnit("polls", RecordAll.class)) {
            first.log().clear();
            second.log().clear();

            Long one = saveEditAndLoad(first, "One?");
            Long two = saveEditAndLoad(second, "Two?");
            remove(second, two);
            remove(first, one);

            assertEquals(lifecycle("One?"), first.log().startingWith(MODEL));
            assertEquals(lifecycle("Two?"), second.log().startingWith(MODEL));
        }
    }

    @Test
    void eachContainerSeesTheClassPreparedOfItsOwnUnit() {
        try (Fixture first = Fixture.startOwnUnit("polls", RecordAll.class);
             Fixture second = Fixture.startOwnUnit("polls", RecordAll.class)) {
            assertTrue(first.log().lines().contains("ClassPrepared Question using=" + unitName()), () -> String.valueOf(first.log().lines()));
            assertTrue(second.log().lines().contains("ClassPrepared Question using=" + unitName()), () -> String.valueOf(second.log().lines()));
        }
    }

    @Test
    void aUnitWithoutItsBeanManagerWhileTwoContainersRunIsRefusedWithACodedMessage() {
        try (Fixture first = Fixture.startOwnUnit("polls", RecordAll.class);
             Fixture second = Fixture.startOwnUnit("polls", RecordAll.class)) {
            RuntimeException refused = assertThrows(RuntimeException.class, () -> Fixture.start(RecordAll.class));

            assertTrue(causes(refused).contains("CDISIG-006"), () -> causes(refused));
            Long id = saveEditAndLoad(first, "Still mine?");
            remove(first, id);
            assertEquals(List.of(), second.log().startingWith(MODEL));
        }
    }

    @Test
    void aSecondContainerWhileAUnitWithoutItsBeanManagerIsOpenIsRefusedWithACodedMessage() {
        try (Fixture first = Fixture.start(RecordAll.class)) {
            Dispatcher running = SignalsRuntime.dispatcher();

            RuntimeException refused = assertThrows(RuntimeException.class, () -> Fixture.start(RecordAll.class));

            assertTrue(causes(refused).contains("CDISIG-005"), () -> causes(refused));
            assertTrue(running == SignalsRuntime.dispatcher(), "the first container lost its runtime");
        }
    }

    @Test
    void oneContainerWithoutTheBeanManagerPropertyWorksAsBefore() {
        try (Fixture only = Fixture.start(RecordAll.class)) {
            only.log().clear();

            Long id = saveEditAndLoad(only, "Alone?");
            remove(only, id);

            assertEquals(lifecycle("Alone?"), only.log().startingWith(MODEL));
        }
    }

    @Test
    void shuttingOneContainerDownLeavesTheOtherWorking() {
        try (Fixture second = Fixture.startOwnUnit("polls", RecordAll.class)) {
            Fixture.startOwnUnit("polls", RecordAll.class).close();
            second.log().clear();

            Long id = saveEditAndLoad(second, "Survivor?");
            remove(second, id);

            assertEquals(lifecycle("Survivor?"), second.log().startingWith(MODEL));
            assertNotNull(SignalsRuntime.dispatcher());
        }
    }

    @Test
    void aContainerStartedAfterTheFirstHasShutDownRuns() {
        Fixture.start(RecordAll.class).close();

        try (Fixture second = Fixture.start(RecordAll.class)) {
            assertNotNull(SignalsRuntime.dispatcher());
        }
    }

    /** Persists a question, edits it, and loads it back in a new entity manager; returns its id. */
    private static Long saveEditAndLoad(Fixture fixture, String text) {
        Long id = fixture.inTransactionReturning(em -> {
            Question question = new Question(text);
            em.persist(question);
            return question.getId();
        });
        fixture.inTransaction(em -> em.find(Question.class, id).setQuestionText(text + "!"));
        fixture.inTransaction(em -> em.find(Question.class, id));
        return id;
    }

    private static void remove(Fixture fixture, Long id) {
        fixture.inTransaction(em -> em.remove(em.find(Question.class, id)));
    }

    private static List<String> lifecycle(String text) {
        String edited = "Question[" + text + "!]";
        return List.of(
                "PreSave Question[" + text + "]",
                "PostSave Question[" + text + "] created",
                "PreInit Question",
                "PostInit Question[" + text + "]",
                "PreSave " + edited + " fields=[questionText]",
                "PostSave " + edited + " updated fields=[questionText]",
                "PreInit Question",
                "PostInit " + edited,
                "PreInit Question",
                "PostInit " + edited,
                "PreDelete " + edited + " origin=" + edited,
                "PostDelete " + edited + " origin=" + edited);
    }

    private static String unitName() {
        return org.cdisignals.support.Providers.unit("polls");
    }

    private static String causes(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause).append('\n');
        }
        return messages.toString();
    }
}
