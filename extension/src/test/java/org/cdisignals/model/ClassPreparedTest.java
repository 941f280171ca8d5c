package org.cdisignals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.cdisignals.polls.Question;
import org.cdisignals.support.Databases;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.Providers;
import org.cdisignals.support.RecordAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClassPreparedTest {

    private static final String UNIT = Providers.unit("polls");

    private Fixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void everyEntityTypeOfTheUnitIsPreparedOnceAndNoEmbeddableOrMappedSuperclass() {
        fixture = Fixture.start(RecordAll.class);
        fixture.factory().createEntityManager().close();

        assertEquals(List.of("ClassPrepared Car using=" + UNIT, "ClassPrepared Choice using=" + UNIT,
                        "ClassPrepared Person using=" + UNIT, "ClassPrepared Pizza using=" + UNIT,
                        "ClassPrepared Question using=" + UNIT, "ClassPrepared Sedan using=" + UNIT,
                        "ClassPrepared Topping using=" + UNIT, "ClassPrepared Truck using=" + UNIT),
                fixture.log().startingWith("ClassPrepared").stream().sorted().toList());
    }

    @Test
    void aUnitThatLogsInBeforeTheContainerStartsIsAnnouncedOnceTheContainerRuns() {
        EntityManagerFactory early = Persistence.createEntityManagerFactory(UNIT, Databases.properties());
        try {
            early.createEntityManager().close();
            fixture = Fixture.start(RecordAll.class);

            List<String> prepared = fixture.log().startingWith("ClassPrepared");
            assertTrue(prepared.contains("ClassPrepared Question using=" + UNIT), prepared.toString());
            assertEquals(8, prepared.stream().distinct().count(), prepared.toString());
        } finally {
            early.close();
        }
    }

    @Test
    void classPreparedComesBeforeAnyOtherSignalOfTheType() {
        fixture = Fixture.start(RecordAll.class);
        fixture.inTransaction(em -> em.persist(new Question("First?")));

        List<String> lines = fixture.log().lines();
        int prepared = lines.indexOf("ClassPrepared Question using=" + UNIT);
        assertTrue(prepared >= 0 && prepared < lines.indexOf("PreSave Question[First?]"), lines.toString());
    }
}
