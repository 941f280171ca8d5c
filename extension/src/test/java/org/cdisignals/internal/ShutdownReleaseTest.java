package org.cdisignals.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.persistence.EntityManagerFactory;

import org.cdisignals.polls.Question;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.RecordAll;
import org.jboss.weld.bean.builtin.BeanManagerProxy;
import org.junit.jupiter.api.Test;

/**
 * What the library holds is released with the container: a Java SE application that shuts its container down and
 * closes its unit (or a server undeploying an application) must be able to collect both, whatever signals were sent
 * and whichever classes sent them.
 */
class ShutdownReleaseTest {

    @Test
    void aShutDownContainerAndItsClosedUnitAreCollectable() {
        List<WeakReference<?>> released = runAndShutDown();

        assertTrue(collected(released), () -> "still reachable: " + released.stream()
                .map(WeakReference::get).filter(java.util.Objects::nonNull).map(Object::getClass).toList());
    }

    @Test
    void entitiesWhoseObserversFailedInTheFlushAreCollectableAfterShutdown() {
        List<WeakReference<?>> released = new ArrayList<>();
        try (Fixture fixture = Fixture.start(FailingAfterWrite.class)) {
            long id = fixture.inTransactionReturning(em -> {
                Question question = new Question("Kept?");
                em.persist(question);
                return question.getId();
            });
            Runnable[] failing = {
                () -> fixture.inTransaction(em -> {
                    Question question = em.find(Question.class, id);
                    released.add(new WeakReference<>(question));
                    question.setQuestionText("Updated, then failed?");
                }),
                () -> fixture.inTransaction(em -> {
                    Question question = em.find(Question.class, id);
                    released.add(new WeakReference<>(question));
                    em.remove(question);
                })};
            for (Runnable work : failing) {
                try {
                    work.run();
                } catch (RuntimeException expected) {
                    // the observer's failure, rolled back
                }
            }
        }

        assertTrue(collected(released), "an entity is still reachable from the thread that flushed it");
    }

    /** Fails after each update and deletion, once the row is written. */
    @jakarta.enterprise.context.ApplicationScoped
    static class FailingAfterWrite {
        void updated(@jakarta.enterprise.event.Observes org.cdisignals.model.PostSave<Question> e) {
            if (!e.created()) {
                throw new IllegalStateException("no updates today");
            }
        }

        void deleted(@jakarta.enterprise.event.Observes org.cdisignals.model.PostDelete<Question> e) {
            throw new IllegalStateException("no deletions today");
        }
    }

    /** Starts a container and a unit, sends model and custom signals from entity and JDK senders, and stops both. */
    private static List<WeakReference<?>> runAndShutDown() {
        List<WeakReference<?>> references = new ArrayList<>();
        try (Fixture fixture = Fixture.start(RecordAll.class)) {
            long id = fixture.inTransactionReturning(em -> {
                Question question = new Question("Released?");
                em.persist(question);
                em.flush();
                return question.getId();
            });
            fixture.inTransaction(em -> em.find(Question.class, id).setQuestionText("Still released?"));
            fixture.inTransaction(em -> em.remove(em.find(Question.class, id)));
            // A sender that outlives any container: the JDK's own class.
            fixture.bean(org.cdisignals.Signals.class).send(String.class, new Object());
            Dispatcher dispatcher = SignalsRuntime.dispatcher();
            assertNotNull(dispatcher);
            BeanManager beanManager = BeanManagerProxy.unwrap(fixture.bean(BeanManager.class));
            EntityManagerFactory factory = fixture.factory();
            references.add(new WeakReference<>(dispatcher));
            references.add(new WeakReference<>(beanManager));
            references.add(new WeakReference<>(factory));
        }
        return references;
    }

    /** Whether every reference is cleared within a few collections; a reachable object is never cleared. */
    private static boolean collected(List<WeakReference<?>> references) {
        for (int attempt = 0; attempt < 20; attempt++) {
            if (references.stream().allMatch(reference -> reference.get() == null)) {
                return true;
            }
            System.gc();
            byte[][] pressure = new byte[64][];
            for (int i = 0; i < pressure.length; i++) {
                pressure[i] = new byte[1 << 16];
            }
        }
        return references.stream().allMatch(reference -> reference.get() == null);
    }
}
