package org.cdisignals.eclipselink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.cdisignals.polls.Pizza;
import org.cdisignals.polls.Question;
import org.cdisignals.polls.Topping;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.Providers;
import org.cdisignals.support.RecordAll;
import org.cdisignals.support.Warnings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one jar on whichever EclipseLink generation is on the class path: the extension's suite runs this on the version
 * the jar is compiled against, next-providers on the next generation. An adapter facing a EclipseLink it cannot serve
 * logs a coded warning and stands aside; the unit starts and saves all the same.
 */
class EclipseLinkGenerationsTest {

    private Warnings warnings;

    @BeforeEach
    void listen() {
        assumeTrue(!Providers.isHibernate(), "the EclipseLink adapter's test; the other provider's is in org.cdisignals.hibernate");
        warnings = Warnings.of("org.cdisignals.eclipselink");
    }

    @AfterEach
    void restore() {
        EclipseLinkSupport.recheck();
        if (warnings != null) {
            warnings.close();
        }
    }

    @Test
    void theJarServesThisEclipseLinkWithAllItsSignals() {
        String expected = Providers.expectedVersion();
        if (expected != null) {
            assertTrue(Providers.version().startsWith(expected), Providers.version() + " is not " + expected);
        }
        try (Fixture fixture = Fixture.start("polls", RecordAll.class)) {
            fixture.inTransaction(em -> {
                Topping ham = new Topping("ham");
                em.persist(ham);
                Pizza pizza = new Pizza("Hawaii");
                em.persist(pizza);
                pizza.getToppings().add(ham);
            });
            List<String> lines = fixture.log().lines();
            assertTrue(lines.contains("ClassPrepared Pizza using=" + Providers.unit("polls")), lines.toString());
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("M2M PRE_ADD Pizza.toppings")), lines.toString());
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("M2M POST_ADD Pizza.toppings")), lines.toString());
            assertEquals(1, fixture.count("select count(*) from PIZZA_TOPPINGS"));
        }
        assertEquals(List.of(), warnings.messages());
    }

    @Test
    void anEclipseLinkWithoutWhatTheAdapterNeedsGetsCDISIG051AndTheUnitStillStarts() {
        EclipseLinkSupport.recheck("org.eclipse.persistence.descriptors.ClassDescriptor#aMethodThisEclipseLinkLacks()");
        try (Fixture fixture = Fixture.start("polls", RecordAll.class)) {
            fixture.inTransaction(em -> em.persist(new Question("Still saved?")));

            assertEquals(1, fixture.count("select count(*) from QUESTION"));
            // The standard JPA listener still sends the save signals; the adapter's own ones are not sent.
            assertEquals(List.of("PreSave Question[Still saved?]", "PostSave Question[Still saved?] created"),
                    fixture.log().startingWith("PreSave", "PostSave"));
            assertEquals(List.of(), fixture.log().startingWith("ClassPrepared"));
        }
        List<String> coded = warnings.coded("CDISIG-051");
        assertEquals(1, coded.size(), warnings.messages().toString());
        assertTrue(coded.get(0).contains(Providers.unit("polls")), coded.get(0));
        assertTrue(coded.get(0).contains("org.eclipse.persistence.descriptors.ClassDescriptor#aMethodThisEclipseLinkLacks()"), coded.get(0));
    }
}
