package org.cdisignals.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;

import org.cdisignals.polls.Question;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.Providers;
import org.cdisignals.support.RecordAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "portable" unit lists only the mapping file: what any JPA provider without an adapter gives. Hibernate always
 * has its adapter (it registers itself), so there the same unit is enriched and this test does not apply.
 */
class StandardListenerTest {

    private Fixture fixture;

    @BeforeEach
    void start() {
        assumeFalse(Providers.isHibernate(), "the Hibernate adapter registers itself for every unit");
        fixture = Fixture.start("portable", RecordAll.class);
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void saveUpdateLoadAndDeleteAreSentWithoutUnitFieldsOrOrigin() {
        Long id = fixture.inTransactionReturning(em -> {
            Question question = new Question("Portable?");
            question.addChoice("yes");
            em.persist(question);
            return question.getId();
        });
        fixture.inTransaction(em -> em.find(Question.class, id).setQuestionText("Portable!"));
        fixture.inTransaction(em -> em.remove(em.find(Question.class, id)));

        List<String> lines = fixture.log().startingWith("PreSave Question", "PostSave Question",
                "PreDelete Question", "PostDelete Question");
        assertEquals(List.of("PreSave Question[Portable?]", "PostSave Question[Portable?] created",
                "PreSave Question[Portable!]", "PostSave Question[Portable!] updated",
                "PreDelete Question[Portable!] origin=null", "PostDelete Question[Portable!] origin=null"), lines);
        assertEquals(List.of(), fixture.log().startingWith("ClassPrepared", "M2M", "PreInit"));
    }
}
