package org.cdisignals.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.cdisignals.Sender;
import org.cdisignals.polls.Car;
import org.cdisignals.polls.Choice;
import org.cdisignals.polls.Question;
import org.cdisignals.polls.Sedan;
import org.cdisignals.polls.Truck;
import org.cdisignals.support.EventLog;
import org.cdisignals.support.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SenderTest {

    private Fixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aSenderQualifiedObserverReceivesOnlyItsSenderWhileACatchAllReceivesEvery() {
        fixture = Fixture.start(QuestionOnly.class, CatchAll.class);
        fixture.inTransaction(em -> {
            Question question = new Question("Colour?");
            question.addChoice("red");
            em.persist(question);
        });

        assertEquals(List.of("question: Question[Colour?]"), fixture.log().startingWith("question:"));
        assertEquals(List.of("any: Question[Colour?]", "any: Choice[red]"), fixture.log().startingWith("any:"));
    }

    @Test
    void theSenderQualifierIsExactClassWhileAWildcardTypeObservesTheHierarchy() {
        fixture = Fixture.start(CarObservers.class);
        fixture.inTransaction(em -> {
            em.persist(new Car("C-1"));
            em.persist(new Sedan("S-1", 4));
            em.persist(new Truck("T-1", 3));
        });

        assertEquals(List.of("exact Car: Car[C-1]"), fixture.log().startingWith("exact"));
        assertEquals(List.of("hierarchy: Car[C-1]", "hierarchy: Sedan[S-1]", "hierarchy: Truck[T-1]"),
                fixture.log().startingWith("hierarchy"));
        assertEquals(List.of("typed Sedan: Sedan[S-1]"), fixture.log().startingWith("typed"));
    }

    @Test
    void aJoinedSubclassIsReportedWithItsConcreteSenderOnly() {
        fixture = Fixture.start(CarObservers.class);
        Long id = fixture.inTransactionReturning(em -> {
            Sedan sedan = new Sedan("S-2", 2);
            em.persist(sedan);
            em.flush();
            return fixture.factory().getPersistenceUnitUtil().getIdentifier(sedan) instanceof Long l ? l : null;
        });
        fixture.log().clear();

        fixture.inTransaction(em -> em.find(Sedan.class, id).setPlate("S-3"));

        assertEquals(List.of("senders: Sedan"), fixture.log().startingWith("senders"));
        assertEquals(List.of("hierarchy: Sedan[S-3]"), fixture.log().startingWith("hierarchy"));
    }

    @Test
    void anObserverOfASubclassAloneStillReceivesItsEvents() {
        fixture = Fixture.start(SedanOnly.class);
        fixture.inTransaction(em -> {
            em.persist(new Car("C-4"));
            em.persist(new Sedan("S-4", 4));
        });

        assertEquals(List.of("sedan: Sedan[S-4]"), fixture.log().lines());
    }

    @Test
    void rawAndWildcardTypedObserversBothReceive() {
        fixture = Fixture.start(RawAndWildcard.class);
        fixture.inTransaction(em -> em.persist(new Question("Raw?")));

        assertEquals(List.of("raw: Question[Raw?]", "wildcard: Question[Raw?]"),
                fixture.log().lines().stream().sorted().toList());
    }

    @ApplicationScoped
    static class QuestionOnly {
        @Inject
        EventLog log;

        void onQuestion(@Observes @Sender(Question.class) PostSave<Question> e) {
            log.add("question: " + e.instance());
        }

        void neverForQuestions(@Observes @Sender(Choice.class) PostSave<Choice> e) {
            log.add("choice-only: " + e.instance());
        }
    }

    @ApplicationScoped
    static class CatchAll {
        @Inject
        EventLog log;

        void onAny(@Observes PostSave<?> e) {
            log.add("any: " + e.instance());
        }
    }

    @ApplicationScoped
    static class CarObservers {
        @Inject
        EventLog log;

        void exactCar(@Observes @Sender(Car.class) PostSave<Car> e) {
            log.add("exact Car: " + e.instance());
        }

        void hierarchy(@Observes PostSave<? extends Car> e) {
            log.add("hierarchy: " + e.instance());
        }

        void typedSedan(@Observes PostSave<Sedan> e) {
            log.add("typed Sedan: " + e.instance());
        }

        void senders(@Observes PreSave<? extends Car> e) {
            log.add("senders: " + e.sender().getSimpleName());
        }
    }

    @ApplicationScoped
    static class SedanOnly {
        @Inject
        EventLog log;

        void sedan(@Observes @Sender(Sedan.class) PostSave<Sedan> e) {
            log.add("sedan: " + e.instance());
        }
    }

    @ApplicationScoped
    static class RawAndWildcard {
        @Inject
        EventLog log;

        @SuppressWarnings("rawtypes")
        void raw(@Observes PostSave e) {
            log.add("raw: " + e.instance());
        }

        void wildcard(@Observes PostSave<?> e) {
            log.add("wildcard: " + e.instance());
        }
    }
}
