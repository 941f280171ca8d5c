package org.cdisignals.support.jta;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.arjuna.ats.arjuna.common.ObjectStoreEnvironmentBean;
import com.arjuna.ats.arjuna.common.arjPropertyManager;
import com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionSynchronizationRegistryImple;
import com.arjuna.common.internal.util.propertyservice.BeanPopulator;

/**
 * Narayana, in the JVM: the transaction manager WildFly runs, for the suite's JTA units. Its object store (written
 * only by two-phase commits, which a single resource never needs) lives under {@code target/}.
 */
public final class Jta {

    private static final TransactionManager MANAGER;
    private static final TransactionSynchronizationRegistry REGISTRY;

    static {
        String store = System.getProperty("java.io.tmpdir") + "/cdi-signals-narayana";
        BeanPopulator.getDefaultInstance(ObjectStoreEnvironmentBean.class).setObjectStoreDir(store);
        BeanPopulator.getNamedInstance(ObjectStoreEnvironmentBean.class, "communicationStore").setObjectStoreDir(store);
        try {
            arjPropertyManager.getCoreEnvironmentBean().setNodeIdentifier("cdi-signals-test");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        MANAGER = com.arjuna.ats.jta.TransactionManager.transactionManager();
        REGISTRY = new TransactionSynchronizationRegistryImple();
    }

    private Jta() {
    }

    public static TransactionManager manager() {
        return MANAGER;
    }

    public static TransactionSynchronizationRegistry registry() {
        return REGISTRY;
    }

    /** Whether the calling thread's transaction is one that can still do work (WildFly's test, for Weld). */
    public static boolean active() {
        try {
            int status = MANAGER.getStatus();
            return status == Status.STATUS_ACTIVE || status == Status.STATUS_COMMITTING
                    || status == Status.STATUS_MARKED_ROLLBACK || status == Status.STATUS_PREPARED
                    || status == Status.STATUS_PREPARING || status == Status.STATUS_ROLLING_BACK;
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }
}
