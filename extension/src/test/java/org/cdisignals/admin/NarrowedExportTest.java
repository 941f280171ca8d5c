package org.cdisignals.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.cdisignals.polls.Pizza;
import org.junit.jupiter.api.Test;

/** A ModelAdmin that overrides {@link ModelAdmin#allowedAttributes}: its export is narrower than its changelist. */
class NarrowedExportTest {

    @Test
    void aModelAdminThatNarrowsAnExportChangesItsDefaultColumnsAndRefusesTheOthers() {
        try (AdminTestSupport narrowed = new AdminTestSupport(NamesOnlyPizzaAdmin.class)) {
            List<Long> ids = narrowed.fixture.inTransactionReturning(em -> {
                Pizza pizza = new Pizza("=Margherita");
                em.persist(pizza);
                return List.of(pizza.getId());
            });

            ActionOutcome defaults = narrowed.run(Pizza.class, "export_csv", ids, Map.of());
            ActionOutcome withId = narrowed.run(Pizza.class, "export_csv", ids,
                    Map.of("columns", "id,name"));

            assertEquals("name\r\n'=Margherita\r\n", defaults.download().body());
            assertEquals(Map.of("columns", "CDISIG-115: export_csv may not use \"id\" of Pizza; its ModelAdmin"
                    + " allows name."), withId.errors());
        }
    }
}
