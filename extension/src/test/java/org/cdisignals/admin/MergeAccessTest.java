package org.cdisignals.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.cdisignals.admin.ActionOutcome.Status;
import org.cdisignals.polls.Pizza;
import org.cdisignals.polls.Topping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A merge touches only rows the admin may change: here Pizza, which holds toppings, has no ModelAdmin. */
class MergeAccessTest {

    private AdminTestSupport admin;

    @BeforeEach
    void start() {
        admin = new AdminTestSupport();
    }

    @AfterEach
    void close() {
        admin.close();
    }

    @Test
    void aMergeIsRefusedWhenAnEntityWithoutAModelAdminHoldsTheOtherRowAndNothingChanges() {
        Long[] ids = admin.fixture.inTransactionReturning(em -> {
            Topping cheese = new Topping("Cheese");
            Topping cheddar = new Topping("Cheddar");
            em.persist(cheese);
            em.persist(cheddar);
            Pizza pizza = new Pizza("Double");
            pizza.getToppings().add(cheddar);
            pizza.getExtras().add(cheddar);
            em.persist(pizza);
            return new Long[] {cheese.getId(), cheddar.getId()};
        });
        admin.fixture.log().clear();

        ActionOutcome outcome = admin.run(Topping.class, "merge", List.of(ids[0], ids[1]),
                Map.of("keep", String.valueOf(ids[0])));

        assertEquals(Status.INVALID, outcome.status());
        assertEquals(Map.of(ActionForm.NON_FIELD, "CDISIG-117: merging Topping#" + ids[1] + " into Topping#" + ids[0]
                + " would change rows you may not change: 1 Pizza row (Pizza.extras): Pizza has no ModelAdmin;"
                + " 1 Pizza row (Pizza.toppings): Pizza has no ModelAdmin. Nothing was changed."), outcome.errors());
        assertEquals(2, admin.count("SELECT COUNT(t) FROM Topping t"));
        assertEquals(1, admin.count("SELECT COUNT(p) FROM Pizza p JOIN p.toppings t WHERE t.id = ?1", ids[1]));
        assertEquals(1, admin.count("SELECT COUNT(p) FROM Pizza p JOIN p.extras t WHERE t.id = ?1", ids[1]));
        assertEquals(List.of(), admin.log("Start", "M2M", "PreDelete"));
    }

    @Test
    void aMergeOfRowsNobodyElseReferencesRuns() {
        Long[] ids = admin.fixture.inTransactionReturning(em -> {
            Topping cheese = new Topping("Cheese");
            Topping cheddar = new Topping("Cheddar");
            em.persist(cheese);
            em.persist(cheddar);
            return new Long[] {cheese.getId(), cheddar.getId()};
        });

        ActionOutcome outcome = admin.run(Topping.class, "merge", List.of(ids[0], ids[1]), Map.of());

        assertEquals(Status.DONE, outcome.status(), outcome.message());
        assertEquals(List.of(ids[0]), admin.fixture.inTransactionReturning(em ->
                em.createQuery("SELECT t.id FROM Topping t", Long.class).getResultList()));
    }
}
