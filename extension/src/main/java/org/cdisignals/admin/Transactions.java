package org.cdisignals.admin;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;

/**
 * The transaction boundary an action runs in, so the same runner works with a resource-local entity manager (Java SE,
 * tests) and with JTA on a server. {@link #inTransaction} must run the work in one transaction, commit when it returns
 * and roll back (and re-throw) when it throws. On a server, a CDI bean does it with {@code @Transactional}, which rolls
 * back on any unchecked exception:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class JtaTransactions implements Transactions {
 *     @Transactional
 *     public <R> R inTransaction(Supplier<R> work) { return work.get(); }
 * }
 * }</pre>
 */
public interface Transactions {

    <R> R inTransaction(Supplier<R> work);

    /**
     * A transaction of {@code em}'s own ({@code RESOURCE_LOCAL} units): begun here, so none may be active already.
     */
    static Transactions resourceLocal(EntityManager em) {
        return new Transactions() {
            @Override
            public <R> R inTransaction(Supplier<R> work) {
                EntityTransaction transaction = em.getTransaction();
                transaction.begin();
                try {
                    R result = work.get();
                    transaction.commit();
                    return result;
                } finally {
                    if (transaction.isActive()) {
                        transaction.rollback();
                    }
                }
            }
        };
    }
}
