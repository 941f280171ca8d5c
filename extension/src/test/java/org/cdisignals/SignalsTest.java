package org.cdisignals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.cdisignals.model.PostSave;
import org.cdisignals.model.PreSave;
import org.cdisignals.polls.Choice;
import org.cdisignals.polls.Pizza;
import org.cdisignals.polls.Question;
import org.cdisignals.support.EventLog;
import org.cdisignals.support.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignalsTest {

    /** A custom signal, generic in its sender like the library's own. */
    record PizzaDone<T>(Class<T> sender, String name) {
    }

    private Fixture fixture;
    private Signals signals;

    @BeforeEach
    void start() {
        fixture = Fixture.start(Receivers.class);
        signals = fixture.bean(Signals.class);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void sendNotifiesSynchronousObserversOfThatSenderInTheCallersThread() {
        signals.send(Pizza.class, new PizzaDone<>(Pizza.class, "Hawaii"));

        assertEquals(List.of("first Hawaii on " + Thread.currentThread().getName(), "second Hawaii"),
                fixture.log().lines());
    }

    @Test
    void sendPropagatesTheFirstObserversException() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> signals.send(Pizza.class, new PizzaDone<>(Pizza.class, "burnt")));

        assertEquals("burnt pizza", thrown.getMessage());
        assertEquals(List.of("first burnt on " + Thread.currentThread().getName()), fixture.log().lines());
    }

    @Test
    void sendRobustRunsEveryObserverAndReturnsEachFailure() {
        List<SignalResult> results = signals.sendRobust(Pizza.class, new PizzaDone<>(Pizza.class, "burnt"));

        assertEquals(2, results.size());
        assertEquals(SignalsTest.class.getName() + "$Receivers.first", results.get(0).receiver());
        assertEquals("burnt pizza", results.get(0).failure().getMessage());
        assertTrue(results.get(1).isOk());
        assertEquals(List.of("first burnt on " + Thread.currentThread().getName(), "second burnt"),
                fixture.log().lines());
    }

    @Test
    void sendAsyncReachesOnlyAsynchronousObservers() throws Exception {
        PizzaDone<Pizza> done = new PizzaDone<>(Pizza.class, "Async");

        PizzaDone<Pizza> delivered = signals.sendAsync(Pizza.class, done).toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertSame(done, delivered);
        assertEquals(List.of("async Async"), fixture.log().lines());
    }

    @Test
    void hasObserversTellsWhichSendersAreObserved() {
        assertTrue(signals.hasObservers(PreSave.class, Choice.class));
        assertFalse(signals.hasObservers(PreSave.class, Question.class));
        assertFalse(signals.hasObservers(PostSave.class, Choice.class));
        assertTrue(signals.hasObservers(PizzaDone.class, Pizza.class));
    }

    @ApplicationScoped
    static class Receivers {
        @Inject
        EventLog log;

        void first(@Observes @Priority(1) @Sender(Pizza.class) PizzaDone<Pizza> e) {
            log.add("first " + e.name() + " on " + Thread.currentThread().getName());
            if (e.name().equals("burnt")) {
                throw new IllegalStateException("burnt pizza");
            }
        }

        void second(@Observes @Priority(2) PizzaDone<?> e) {
            log.add("second " + e.name());
        }

        void async(@ObservesAsync PizzaDone<Pizza> e) {
            log.add("async " + e.name());
        }

        void choices(@Observes @Sender(Choice.class) PreSave<Choice> e) {
            log.add("choice");
        }
    }
}
