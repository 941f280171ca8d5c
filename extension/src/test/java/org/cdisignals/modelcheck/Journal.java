package org.cdisignals.modelcheck;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Every model signal the check's observers received, in order, as the records themselves, and the application's
 * entity manager of the running transaction, which the writing observers use.
 */
@ApplicationScoped
public class Journal {

    private final List<Object> events = new ArrayList<>();
    private EntityManager entityManager;

    synchronized void add(Object event) {
        events.add(event);
    }

    /** The events since the last call, removing them. */
    synchronized List<Object> drain() {
        List<Object> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    synchronized EntityManager entityManager() {
        return entityManager;
    }

    synchronized void use(EntityManager entityManager) {
        this.entityManager = entityManager;
    }
}
