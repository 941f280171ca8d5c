package org.cdisignals.example;

import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.cdisignals.example.polls.Pizza;
import org.cdisignals.example.polls.Question;
import org.cdisignals.example.polls.Topping;
import org.cdisignals.example.signals.ModelSignalObservers;
import org.cdisignals.example.signals.SignalLog;

/**
 * The polls example on the console: Weld SE, EclipseLink and in-memory H2 run a short story through the model and
 * print every signal the example's observers received. Run with
 * {@code mvn -q install -DskipTests && mvn -q -pl example-war exec:java}.
 */
public final class PollsDemo {

    private PollsDemo() {
    }

    public static void main(String[] args) {
        run().forEach(System.out::println);
    }

    /** Boots the example, plays the story and returns the signal log. */
    public static List<String> run() {
        SeContainerInitializer initializer = SeContainerInitializer.newInstance().disableDiscovery()
                .addBeanClasses(SignalLog.class, ModelSignalObservers.class);
        ServiceLoader.load(Extension.class).forEach(initializer::addExtensions);
        try (SeContainer container = initializer.initialize()) {
            EntityManagerFactory factory = Persistence.createEntityManagerFactory("polls-console");
            try {
                play(factory);
            } finally {
                factory.close();
            }
            return container.select(SignalLog.class).get().entries();
        }
    }

    private static void play(EntityManagerFactory factory) {
        Question question = new Question("What's new?");
        question.addChoice("Not much");
        question.addChoice("The sky");
        inTransaction(factory, em -> em.persist(question));
        inTransaction(factory, em -> em.find(Question.class, question.getId()).setQuestionText("What's up?"));

        Topping ham = new Topping("ham");
        Topping pineapple = new Topping("pineapple");
        Pizza hawaii = new Pizza("Hawaii");
        inTransaction(factory, em -> {
            em.persist(ham);
            em.persist(pineapple);
            em.persist(hawaii);
        });
        inTransaction(factory, em -> {
            Pizza pizza = em.find(Pizza.class, hawaii.getId());
            pizza.getToppings().add(em.find(Topping.class, ham.getId()));
            pizza.getToppings().add(em.find(Topping.class, pineapple.getId()));
        });
        inTransaction(factory, em -> em.find(Pizza.class, hawaii.getId()).getToppings().clear());
        inTransaction(factory, em -> em.remove(em.find(Question.class, question.getId())));
    }

    private static void inTransaction(EntityManagerFactory factory, Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
