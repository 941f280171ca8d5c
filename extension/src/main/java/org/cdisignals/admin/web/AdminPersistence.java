package org.cdisignals.admin.web;

import jakarta.persistence.EntityManager;

import org.cdisignals.admin.Transactions;

/**
 * What the admin pages read and write with: the application's entity manager and its transaction boundary. An
 * application provides exactly one as a CDI bean; on a server:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class PollsAdminPersistence implements AdminPersistence {
 *     @PersistenceContext(unitName = "polls")
 *     EntityManager em;
 *
 *     public EntityManager entityManager() { return em; }
 *
 *     @Transactional
 *     public <R> R inTransaction(Supplier<R> work) { return work.get(); }
 * }
 * }</pre>
 */
public interface AdminPersistence extends Transactions {

    EntityManager entityManager();
}
