package org.cdisignals.example.admin;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.cdisignals.admin.web.AdminPersistence;

/**
 * The admin pages work with the polls unit in JTA transactions: {@code @Transactional} rolls back on any unchecked
 * exception, so an action that fails, or an {@code AdminActionEnd} veto, leaves the database as it was.
 */
@ApplicationScoped
public class PollsAdminPersistence implements AdminPersistence {

    @PersistenceContext(unitName = "polls")
    EntityManager em;

    @Override
    public EntityManager entityManager() {
        return em;
    }

    @Override
    @Transactional
    public <R> R inTransaction(Supplier<R> work) {
        return work.get();
    }
}
