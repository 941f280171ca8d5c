package org.cdisignals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.cdisignals.polls.Person;
import org.cdisignals.polls.Pizza;
import org.cdisignals.polls.Topping;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.Providers;
import org.cdisignals.support.RecordAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class M2MChangedTest {

    private Fixture fixture;
    private Long pizza;
    private Long ham;
    private Long pineapple;
    private Long cheese;

    @BeforeEach
    void menu() {
        fixture = Fixture.start(RecordAll.class);
        fixture.inTransaction(em -> {
            Topping hamTopping = persist(em, new Topping("ham"));
            Topping pineappleTopping = persist(em, new Topping("pineapple"));
            Topping cheeseTopping = persist(em, new Topping("cheese"));
            Pizza hawaii = persist(em, new Pizza("Hawaii"));
            hawaii.getToppings().add(cheeseTopping);
            pizza = hawaii.getId();
            ham = hamTopping.getId();
            pineapple = pineappleTopping.getId();
            cheese = cheeseTopping.getId();
        });
        fixture.log().clear();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void addingToTheOwningSideSendsPreAddThenPostAddWithTheAddedIds() {
        fixture.inTransaction(em -> {
            Pizza hawaii = em.find(Pizza.class, pizza);
            hawaii.getToppings().add(em.find(Topping.class, ham));
            hawaii.getToppings().add(em.find(Topping.class, pineapple));
        });

        assertEquals(List.of(
                "M2M PRE_ADD Pizza.toppings Pizza[Hawaii] model=Topping pks=" + ids(ham, pineapple),
                "M2M POST_ADD Pizza.toppings Pizza[Hawaii] model=Topping pks=" + ids(ham, pineapple)), m2m());
        assertEquals(3, joinRows());
    }

    @Test
    void removingFromTheOwningSideSendsPreRemoveThenPostRemove() {
        fixture.inTransaction(em -> em.find(Pizza.class, pizza).getToppings().add(em.find(Topping.class, ham)));
        fixture.log().clear();

        fixture.inTransaction(em -> em.find(Pizza.class, pizza).getToppings().remove(em.find(Topping.class, cheese)));

        assertEquals(List.of(
                "M2M PRE_REMOVE Pizza.toppings Pizza[Hawaii] model=Topping pks=" + ids(cheese),
                "M2M POST_REMOVE Pizza.toppings Pizza[Hawaii] model=Topping pks=" + ids(cheese)), m2m());
        assertEquals(1, joinRows());
    }

    @Test
    void removingTheLastElementIsReportedAsAClear() {
        // JPA compares states, not calls: an emptied collection cannot tell remove() of its last element from clear().
        fixture.inTransaction(em -> em.find(Pizza.class, pizza).getToppings().remove(em.find(Topping.class, cheese)));

        assertEquals(List.of("M2M PRE_CLEAR Pizza.toppings Pizza[Hawaii] model=Topping pks=null",
                "M2M POST_CLEAR Pizza.toppings Pizza[Hawaii] model=Topping pks=null"), m2m());
        assertEquals(0, joinRows());
    }

    @Test
    void persistingANewOwnerWithElementsSendsAdditions() {
        Long[] margherita = new Long[1];
        fixture.inTransaction(em -> {
            Pizza pizza = persist(em, new Pizza("Margherita"));
            pizza.getToppings().add(em.find(Topping.class, cheese));
            margherita[0] = pizza.getId();
        });

        assertEquals(List.of("M2M PRE_ADD Pizza.toppings Pizza[Margherita] model=Topping pks=" + ids(cheese),
                "M2M POST_ADD Pizza.toppings Pizza[Margherita] model=Topping pks=" + ids(cheese)), m2m());
        assertEquals(2, joinRows());
    }

    @Test
    void aCollectionChangeAloneSendsNoSaveSignalForTheOwner() {
        fixture.inTransaction(em -> em.find(Pizza.class, pizza).getToppings().add(em.find(Topping.class, ham)));

        assertEquals(List.of(), fixture.log().startingWith("PreSave", "PostSave"));
        assertEquals(2, m2m().size());
    }

    @Test
    void changingTheInverseSideSendsReverseEventsNamingTheOwningAttribute() {
        fixture.inTransaction(em -> {
            Pizza hawaii = em.find(Pizza.class, pizza);
            Topping hamTopping = em.find(Topping.class, ham);
            hawaii.getToppings().add(hamTopping);
            hamTopping.getPizzas().add(hawaii);
        });

        assertEquals(List.of(
                "M2M PRE_ADD Pizza.toppings Pizza[Hawaii] model=Topping pks=" + ids(ham),
                "M2M PRE_ADD Pizza.toppings Topping[ham] reverse model=Pizza pks=" + ids(pizza),
                "M2M POST_ADD Pizza.toppings Pizza[Hawaii] model=Topping pks=" + ids(ham),
                "M2M POST_ADD Pizza.toppings Topping[ham] reverse model=Pizza pks=" + ids(pizza)), sorted(m2m()));
    }

    @Test
    void addingAnElementAlreadyPresentSendsNothing() {
        fixture.inTransaction(em -> em.find(Pizza.class, pizza).getToppings().add(em.find(Topping.class, cheese)));

        assertEquals(List.of(), m2m());
        assertEquals(1, joinRows());
    }

    @Test
    void clearingSendsPreClearThenPostClearWithoutIds() {
        fixture.inTransaction(em -> em.find(Pizza.class, pizza).getToppings().clear());

        assertEquals(List.of("M2M PRE_CLEAR Pizza.toppings Pizza[Hawaii] model=Topping pks=null",
                "M2M POST_CLEAR Pizza.toppings Pizza[Hawaii] model=Topping pks=null"), m2m());
        assertEquals(0, joinRows());
    }

    @Test
    void clearingAnEmptyCollectionSendsNothing() {
        fixture.inTransaction(em -> em.find(Pizza.class, pizza).getExtras().clear());

        assertEquals(List.of(), m2m());
    }

    @Test
    void replacingTheContentsSendsRemovalsBeforeAdditions() {
        fixture.inTransaction(em -> {
            Pizza hawaii = em.find(Pizza.class, pizza);
            hawaii.getToppings().clear();
            hawaii.getToppings().add(em.find(Topping.class, ham));
            hawaii.getToppings().add(em.find(Topping.class, pineapple));
        });

        assertEquals(List.of(
                "M2M PRE_REMOVE Pizza.toppings Pizza[Hawaii] model=Topping pks=" + ids(cheese),
                "M2M PRE_ADD Pizza.toppings Pizza[Hawaii] model=Topping pks=" + ids(ham, pineapple),
                "M2M POST_REMOVE Pizza.toppings Pizza[Hawaii] model=Topping pks=" + ids(cheese),
                "M2M POST_ADD Pizza.toppings Pizza[Hawaii] model=Topping pks=" + ids(ham, pineapple)), m2m());
        assertEquals(2, joinRows());
    }

    @Test
    void twoAssociationsBetweenTheSameTypesAreToldApartByAttribute() {
        fixture.inTransaction(em -> {
            Pizza hawaii = em.find(Pizza.class, pizza);
            hawaii.getExtras().add(em.find(Topping.class, ham));
        });

        assertEquals(List.of("M2M PRE_ADD Pizza.extras Pizza[Hawaii] model=Topping pks=" + ids(ham),
                "M2M POST_ADD Pizza.extras Pizza[Hawaii] model=Topping pks=" + ids(ham)), m2m());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM PIZZA_EXTRAS"));
    }

    @Test
    void removingFromTheInverseSideOfASecondAssociationSendsReverseEventsNamingItsOwningAttribute() {
        fixture.inTransaction(em -> {
            Pizza hawaii = em.find(Pizza.class, pizza);
            Topping hamTopping = em.find(Topping.class, ham);
            hawaii.getExtras().add(hamTopping);
            hawaii.getExtras().add(em.find(Topping.class, cheese));
            hamTopping.getExtraOn().add(hawaii);
        });
        fixture.log().clear();

        fixture.inTransaction(em -> {
            Pizza hawaii = em.find(Pizza.class, pizza);
            Topping hamTopping = em.find(Topping.class, ham);
            hawaii.getExtras().remove(hamTopping);
            hamTopping.getExtraOn().remove(hawaii);
        });

        assertEquals(List.of(
                "M2M PRE_REMOVE Pizza.extras Pizza[Hawaii] model=Topping pks=" + ids(ham),
                "M2M PRE_CLEAR Pizza.extras Topping[ham] reverse model=Pizza pks=null",
                "M2M POST_REMOVE Pizza.extras Pizza[Hawaii] model=Topping pks=" + ids(ham),
                "M2M POST_CLEAR Pizza.extras Topping[ham] reverse model=Pizza pks=null"), sorted(m2m()));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM PIZZA_EXTRAS"));
    }

    @Test
    void replacingACollectionByAnEmptyOneIsReportedAsAClear() {
        fixture.inTransaction(em -> em.find(Pizza.class, pizza).setToppings(new java.util.LinkedHashSet<>()));

        assertEquals(List.of("M2M PRE_CLEAR Pizza.toppings Pizza[Hawaii] model=Topping pks=null",
                "M2M POST_CLEAR Pizza.toppings Pizza[Hawaii] model=Topping pks=null"), m2m());
        assertEquals(0, joinRows());
    }

    @Test
    void askingTheProviderWhetherThereAreChangesSendsNothingUntilTheyAreWritten() {
        fixture.inTransaction(em -> {
            em.find(Pizza.class, pizza).getToppings().add(em.find(Topping.class, ham));
            assertTrue(hasChanges(em));
            assertEquals(List.of(), m2m());
        });

        assertEquals(List.of("M2M PRE_ADD Pizza.toppings Pizza[Hawaii] model=Topping pks=" + ids(ham),
                "M2M POST_ADD Pizza.toppings Pizza[Hawaii] model=Topping pks=" + ids(ham)), m2m());
        assertEquals(2, joinRows());
    }

    @Test
    void aSelfAssociationReportsTheSameClassAsSenderAndModel() {
        fixture.inTransaction(em -> {
            Person ada = persist(em, new Person("ada"));
            Person bob = persist(em, new Person("bob"));
            ada.getFriends().add(bob);
        });

        assertEquals(List.of("M2M PRE_ADD Person.friends Person[ada] model=Person pks=[bob]",
                "M2M POST_ADD Person.friends Person[ada] model=Person pks=[bob]"), m2m());
    }

    @Test
    void removingTheOwnerSendsNoM2MChanged() {
        fixture.inTransaction(em -> em.remove(em.find(Pizza.class, pizza)));

        assertEquals(List.of(), m2m());
        assertEquals(0, joinRows());
        assertEquals(List.of("PreDelete Pizza[Hawaii] origin=Pizza[Hawaii]",
                "PostDelete Pizza[Hawaii] origin=Pizza[Hawaii]"), fixture.log().startingWith("PreDelete", "PostDelete"));
    }

    @Test
    void aThrowingPreAddObserverLeavesTheJoinTableUnchanged() {
        fixture.close();
        fixture = Fixture.start(RefusingPreAdd.class);
        fixture.inTransaction(em -> {
            pizza = persist(em, new Pizza("Margherita")).getId();
            ham = persist(em, new Topping("ham")).getId();
        });

        assertThrows(RuntimeException.class, () -> fixture.inTransaction(
                em -> em.find(Pizza.class, pizza).getToppings().add(em.find(Topping.class, ham))));

        assertEquals(0, joinRows());
    }

    private List<String> m2m() {
        return fixture.log().startingWith("M2M");
    }

    /** The provider's own "is anything changed?", which computes the changes without writing them. */
    private static boolean hasChanges(EntityManager em) {
        return Providers.isHibernate() ? em.unwrap(org.hibernate.Session.class).isDirty()
                : em.unwrap(org.eclipse.persistence.sessions.UnitOfWork.class).hasChanges();
    }

    private long joinRows() {
        return fixture.count("SELECT COUNT(*) FROM PIZZA_TOPPINGS");
    }

    private static String ids(Long... ids) {
        return new java.util.TreeSet<>(java.util.Arrays.stream(ids).map(String::valueOf).toList()).toString();
    }

    private static List<String> sorted(List<String> lines) {
        // The two collections of one flush are reported in change-set order; each pair is ordered PRE before POST.
        return lines.stream().sorted((a, b) -> Boolean.compare(a.contains("POST_"), b.contains("POST_")) != 0
                ? Boolean.compare(a.contains("POST_"), b.contains("POST_"))
                : Boolean.compare(a.contains("reverse"), b.contains("reverse"))).toList();
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }

    @ApplicationScoped
    static class RefusingPreAdd {
        void refuse(@Observes M2MChanged<Pizza> e) {
            if (e.action() == M2MChanged.Action.PRE_ADD) {
                throw new IllegalStateException("no ham on Margherita");
            }
        }
    }

}
