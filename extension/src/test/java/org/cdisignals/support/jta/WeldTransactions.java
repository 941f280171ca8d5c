package org.cdisignals.support.jta;

import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import org.jboss.weld.transaction.spi.TransactionServices;

/**
 * Weld's view of Narayana in the suite, as WildFly gives it ({@code WeldTransactionServices}): a transaction is
 * active in every status where work may still happen, and a deferred observer's synchronization is registered
 * directly with the transaction, not interposed. Registered as a Weld service in {@code META-INF/services}.
 */
public class WeldTransactions implements TransactionServices {

    @Override
    public void registerSynchronization(Synchronization synchronization) {
        try {
            Jta.manager().getTransaction().registerSynchronization(synchronization);
        } catch (IllegalStateException | RollbackException | SystemException e) {
            throw new RuntimeException(e);
        }
    }

    @Override
    public boolean isTransactionActive() {
        return Jta.active();
    }

    @Override
    public UserTransaction getUserTransaction() {
        return com.arjuna.ats.jta.UserTransaction.userTransaction();
    }

    @Override
    public void cleanup() {
    }
}
