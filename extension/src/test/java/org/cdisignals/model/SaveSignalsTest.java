package org.cdisignals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cdisignals.polls.Question;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.RecordAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SaveSignalsTest {

    private Fixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void persistingAnEntitySendsPreSaveThenPostSaveCreated() {
        fixture = Fixture.start("portable", RecordAll.class);
        fixture.inTransaction(em -> em.persist(new Question("What's new?")));
        assertEquals(List.of("PreSave Question[What's new?]", "PostSave Question[What's new?] created"),
                fixture.log().lines());
    }
}
