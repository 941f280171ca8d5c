package org.cdisignals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.cdisignals.polls.Question;
import org.cdisignals.support.Databases;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.RecordAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClassPreparedTest {

    private Fixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void everyEntityTypeOfTheUnitIsPreparedOnceAndNoEmbeddableOrMappedSuperclass() {
        fixture = Fixture.start(RecordAll.class);
        fixture.factory().createEntityManager().close();

        assertEquals(List.of("ClassPrepared Car using=polls", "ClassPrepared Choice using=polls",
                        "ClassPrepared Person using=polls", "ClassPrepared Pizza using=polls",
                        "ClassPrepared Question using=polls", "ClassPrepared Sedan using=polls",
                        "ClassPrepared Topping using=polls", "ClassPrepared Truck using=polls"),
                fixture.log().startingWith("ClassPrepared").stream().sorted().toList());
    }

    @Test
    void aUnitThatLogsInBeforeTheContainerStartsIsAnnouncedOnceTheContainerRuns() {
        EntityManagerFactory early = Persistence.createEntityManagerFactory("polls", Databases.properties());
        try {
            early.createEntityManager().close();
            fixture = Fixture.start(RecordAll.class);

            List<String> prepared = fixture.log().startingWith("ClassPrepared");
            assertTrue(prepared.contains("ClassPrepared Question using=polls"), prepared.toString());
            assertEquals(8, prepared.stream().distinct().count());
        } finally {
            early.close();
        }
    }

    @Test
    void classPreparedComesBeforeAnyOtherSignalOfTheType() {
        fixture = Fixture.start(RecordAll.class);
        fixture.inTransaction(em -> em.persist(new Question("First?")));

        List<String> lines = fixture.log().lines();
        int prepared = lines.indexOf("ClassPrepared Question using=polls");
        assertTrue(prepared >= 0 && prepared < lines.indexOf("PreSave Question[First?]"), lines.toString());
    }
}
