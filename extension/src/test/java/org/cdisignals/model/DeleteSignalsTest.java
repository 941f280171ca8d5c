package org.cdisignals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cdisignals.polls.Question;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.RecordAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteSignalsTest {

    private Fixture fixture;
    private Long question;

    @BeforeEach
    void poll() {
        fixture = Fixture.start(RecordAll.class);
        question = fixture.inTransactionReturning(em -> {
            Question q = new Question("Tea or coffee?");
            q.addChoice("tea");
            q.addChoice("coffee");
            em.persist(q);
            return q.getId();
        });
        fixture.log().clear();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void removeSendsPreDeleteThenPostDeleteWithItselfAsOrigin() {
        Long single = fixture.inTransactionReturning(em -> {
            Question q = new Question("Alone?");
            em.persist(q);
            return q.getId();
        });
        fixture.log().clear();

        fixture.inTransaction(em -> em.remove(em.find(Question.class, single)));

        assertEquals(List.of("PreDelete Question[Alone?] origin=Question[Alone?]",
                "PostDelete Question[Alone?] origin=Question[Alone?]"), deletes());
    }

    @Test
    void cascadedRemovalCarriesTheRootAsOriginAndSendsEveryPreDeleteFirst() {
        fixture.inTransaction(em -> em.remove(em.find(Question.class, question)));

        List<String> deletes = deletes();
        assertEquals(6, deletes.size());
        assertEquals(List.of("PreDelete Question[Tea or coffee?] origin=Question[Tea or coffee?]",
                "PreDelete Choice[tea] origin=Question[Tea or coffee?]",
                "PreDelete Choice[coffee] origin=Question[Tea or coffee?]"), deletes.subList(0, 3));
        assertEquals(List.of("PostDelete Choice[tea] origin=Question[Tea or coffee?]",
                        "PostDelete Choice[coffee] origin=Question[Tea or coffee?]"),
                deletes.subList(3, 5).stream().sorted((a, b) -> a.contains("tea") ? -1 : 1).toList());
        assertEquals("PostDelete Question[Tea or coffee?] origin=Question[Tea or coffee?]", deletes.get(5));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM CHOICE"));
    }

    @Test
    void anOrphanRemovedFromItsCollectionIsDeletedOnceAsItsOwnOrigin() {
        fixture.inTransaction(em -> {
            Question q = em.find(Question.class, question);
            q.removeChoice(q.getChoices().get(0));
        });

        assertEquals(List.of("PreDelete Choice[tea] origin=Choice[tea]", "PostDelete Choice[tea] origin=Choice[tea]"),
                deletes());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM CHOICE"));
    }

    @Test
    void aRollbackAfterPreDeleteKeepsTheRows() {
        fixture.rolledBack(em -> {
            em.remove(em.find(Question.class, question));
            em.flush();
        });

        assertTrue(deletes().contains("PostDelete Question[Tea or coffee?] origin=Question[Tea or coffee?]"));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM QUESTION"));
        assertEquals(2, fixture.count("SELECT COUNT(*) FROM CHOICE"));
    }

    private List<String> deletes() {
        return fixture.log().startingWith("PreDelete", "PostDelete");
    }
}
