package org.cdisignals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cdisignals.polls.Question;
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
    void classPreparedComesBeforeAnyOtherSignalOfTheType() {
        fixture = Fixture.start(RecordAll.class);
        fixture.inTransaction(em -> em.persist(new Question("First?")));

        List<String> lines = fixture.log().lines();
        int prepared = lines.indexOf("ClassPrepared Question using=polls");
        assertEquals(prepared < lines.indexOf("PreSave Question[First?]"), true);
    }
}
