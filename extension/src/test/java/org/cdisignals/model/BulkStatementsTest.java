package org.cdisignals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cdisignals.polls.Question;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.RecordAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BulkStatementsTest {

    private Fixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void bulkJpqlUpdateAndDeleteSendNothing() {
        fixture = Fixture.start(RecordAll.class);
        fixture.inTransaction(em -> em.persist(new Question("Bulk?")));
        fixture.log().clear();

        fixture.inTransaction(em -> em.createQuery("update Question q set q.questionText = 'Bulked'").executeUpdate());
        fixture.inTransaction(em -> em.createQuery("delete from Question q").executeUpdate());

        assertEquals(List.of(), fixture.log().lines());
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM QUESTION"));
    }
}
