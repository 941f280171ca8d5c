package org.cdisignals.support.jta;

import jakarta.transaction.TransactionManager;
import jakarta.transaction.UserTransaction;

import org.hibernate.engine.transaction.jta.platform.internal.AbstractJtaPlatform;
import org.hibernate.engine.transaction.jta.platform.internal.JtaSynchronizationStrategy;
import org.hibernate.engine.transaction.jta.platform.internal.SynchronizationRegistryBasedSynchronizationStrategy;

/**
 * Hibernate on the suite's Narayana as on WildFly: its flush-at-commit synchronization is registered through the
 * {@code TransactionSynchronizationRegistry} as an interposed one, the setting in which a container's late
 * synchronization is refused.
 */
public class NarayanaJtaPlatform extends AbstractJtaPlatform {

    private static final long serialVersionUID = 1L;

    @Override
    protected TransactionManager locateTransactionManager() {
        return Jta.manager();
    }

    @Override
    protected UserTransaction locateUserTransaction() {
        return com.arjuna.ats.jta.UserTransaction.userTransaction();
    }

    @Override
    protected JtaSynchronizationStrategy getSynchronizationStrategy() {
        return new SynchronizationRegistryBasedSynchronizationStrategy(Jta::registry);
    }
}
