package org.cdisignals.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.cdisignals.polls.Question;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.RecordAll;

/** A fixture with the admin beans and observers, and the few steps every admin test takes. */
public final class AdminTestSupport implements AutoCloseable {

    public final Fixture fixture;
    public final EntityManager em;

    /** The admin beans and observers, and {@code beans} besides, on the polls unit. */
    public AdminTestSupport(Class<?>... beans) {
        this("polls", beans);
    }

    /** The admin beans and observers, and {@code beans} besides, on {@code unit}. */
    public AdminTestSupport(String unit, Class<?>... beans) {
        List<Class<?>> all = new ArrayList<>(List.of(RecordAll.class, AdminObservers.class, QuestionAdmin.class,
                ChoiceAdmin.class, ToppingAdmin.class, Shout.class));
        all.addAll(List.of(beans));
        fixture = Fixture.start(unit, all.toArray(Class<?>[]::new));
        em = fixture.factory().createEntityManager();
    }

    public AdminActions admin() {
        return fixture.bean(AdminActions.class);
    }

    public AdminObservers observers() {
        return fixture.bean(AdminObservers.class);
    }

    /** Persists questions with these texts, each with one choice named after it; returns their ids. */
    public List<Long> questions(String... texts) {
        return fixture.inTransactionReturning(em -> Arrays.stream(texts).map(text -> {
            Question q = new Question(text);
            q.addChoice(text + " choice");
            em.persist(q);
            return q.getId();
        }).toList());
    }

    public <T> ActionRun<T> request(Class<T> model, String action, List<?> ids) {
        return admin().request(model, action, ids, em, Transactions.resourceLocal(em), null);
    }

    /** Requests and applies in one go, as a user clicking "Go" then "Apply". */
    <T> ActionOutcome run(Class<T> model, String action, List<?> ids, Map<String, String> form) {
        ActionRun<T> run = request(model, action, ids);
        return run.stopped().orElseGet(() -> run.apply(form));
    }

    /** The committed question texts, in id order, read in a new entity manager. */
    public List<String> texts() {
        EntityManager reader = fixture.factory().createEntityManager();
        try {
            return reader.createQuery("SELECT q.questionText FROM Question q ORDER BY q.id", String.class)
                    .getResultList();
        } finally {
            reader.close();
        }
    }

    /** A JPQL count, read in a new entity manager (what is committed). */
    public long count(String jpql, Object... parameters) {
        EntityManager reader = fixture.factory().createEntityManager();
        try {
            var query = reader.createQuery(jpql, Long.class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getSingleResult();
        } finally {
            reader.close();
        }
    }

    public List<String> log(String... prefixes) {
        return fixture.log().startingWith(prefixes);
    }

    @Override
    public void close() {
        try {
            em.close();
        } finally {
            fixture.close();
        }
    }
}
