package org.cdisignals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;

import org.cdisignals.Sender;
import org.cdisignals.Vetoes;
import org.cdisignals.polls.Choice;
import org.cdisignals.polls.Pizza;
import org.cdisignals.polls.Question;
import org.cdisignals.polls.Topping;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.Providers;
import org.cdisignals.support.RecordAll;
import org.cdisignals.support.jta.Jta;
import org.cdisignals.support.jta.JtaUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Observers that write through the application's entity manager, and collection changes, on a JTA unit (Narayana in
 * the JVM) as a server runs them: flushed explicitly, or only by the commit inside the transaction's
 * {@code beforeCompletion}, which takes another path through the provider than a resource-local commit.
 */
class JtaObserverWritesTest {

    private Fixture fixture;

    @BeforeEach
    void start() {
        fixture = JtaUnit.start(RecordAll.class, DefaultChoice.class);
    }

    @AfterEach
    void stop() throws Exception {
        // A failed test must not leave its transaction on the thread for the next one.
        if (Jta.manager().getStatus() != Status.STATUS_NO_TRANSACTION) {
            Jta.manager().rollback();
        }
        fixture.close();
    }

    @ParameterizedTest(name = "explicit flush: {0}")
    @ValueSource(booleans = {true, false})
    void aPostSaveObserversRowIsCommittedOnceWithTheRowThatCausedIt(boolean explicitFlush) throws Exception {
        EntityManager em = JtaUnit.begin(fixture);
        fixture.bean(DefaultChoice.class).use(em);
        em.persist(new Question("Poll: tea?"));
        if (explicitFlush && !Providers.flushEvents()) {
            RuntimeException failed = assertThrows(RuntimeException.class, em::flush);
            Jta.manager().rollback();
            em.close();
            assertTrue(Vetoes.find(failed, IllegalStateException.class).orElseThrow().getMessage()
                    .startsWith("CDISIG-054"), failed::toString);
            assertEquals(0, fixture.count("SELECT COUNT(*) FROM CHOICE"));
            return;
        }
        if (explicitFlush) {
            em.flush();
        }
        Jta.manager().commit();
        em.close();

        assertEquals(1, fixture.count("SELECT COUNT(*) FROM QUESTION WHERE QUESTIONTEXT = 'Poll: tea?'"));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM CHOICE WHERE CHOICETEXT = 'No opinion'"));
        assertEquals(List.of("PostSave Question[Poll: tea?] created", "PostSave Choice[No opinion] created"),
                fixture.log().startingWith("PostSave"));
    }

    @ParameterizedTest(name = "explicit flush: {0}")
    @ValueSource(booleans = {true, false})
    void aToppingAddedInAJtaTransactionSendsPreAddThenPostAdd(boolean explicitFlush) throws Exception {
        Long[] ids = new Long[2];
        EntityManager menu = JtaUnit.begin(fixture);
        Topping ham = new Topping("ham");
        Pizza hawaii = new Pizza("Hawaii");
        menu.persist(ham);
        menu.persist(hawaii);
        Jta.manager().commit();
        menu.close();
        ids[0] = hawaii.getId();
        ids[1] = ham.getId();
        fixture.log().clear();

        EntityManager em = JtaUnit.begin(fixture);
        em.find(Pizza.class, ids[0]).getToppings().add(em.find(Topping.class, ids[1]));
        if (explicitFlush) {
            em.flush();
        }
        Jta.manager().commit();
        em.close();

        assertEquals(List.of(
                "M2M PRE_ADD Pizza.toppings Pizza[Hawaii] model=Topping pks=[" + ids[1] + "]",
                "M2M POST_ADD Pizza.toppings Pizza[Hawaii] model=Topping pks=[" + ids[1] + "]"),
                fixture.log().startingWith("M2M"));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM PIZZA_TOPPINGS"));
    }

    /** Django's {@code post_save} creating a related row: a new poll gets a "No opinion" choice. */
    @ApplicationScoped
    static class DefaultChoice {

        // The transaction's entity manager, as a server's @PersistenceContext would give it.
        private EntityManager em;

        void use(EntityManager em) {
            this.em = em;
        }

        void questionCreated(@Observes @Sender(Question.class) PostSave<Question> e) {
            if (e.created() && e.instance().getQuestionText().startsWith("Poll:")) {
                Choice choice = e.instance().addChoice("No opinion");
                em.persist(choice);
            }
        }
    }
}
