package org.cdisignals.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.configurator.ObserverMethodConfigurator;

/**
 * Delivers library signals to transactional observers in the phase they name, and to asynchronous observers once
 * the transaction has committed, whatever the moment of the flush that raised them.
 *
 * <p>The container cannot do it: a provider flushes at commit inside its own JTA {@code beforeCompletion}
 * synchronization, and Weld, asked then to defer an observer, registers a further synchronization with the
 * transaction, which Narayana refuses once interposed synchronizations run (WildFly's Weld integration registers
 * through {@code Transaction.registerSynchronization}); Weld then notifies every observer but the
 * {@code AFTER_SUCCESS} ones at once (CDI issue 467). So every transactional observer of a library signal is
 * configured, while the container boots, to be notified in progress, and that notification is deferred here: into one
 * synchronization per transaction and application, registered through the
 * {@code TransactionSynchronizationRegistry} as an interposed one, which both Narayana and Payara's transaction
 * manager accept even during another interposed synchronization's {@code beforeCompletion}.
 *
 * <p>The registry is the one Jakarta EE binds at {@code java:comp/TransactionSynchronizationRegistry}. Without
 * JNDI or the JTA API (Weld SE without a transaction manager) there is no transaction, and every observer is
 * notified at once, as CDI says.
 */
final class TransactionPhases {

    private static final Logger LOG = Logger.getLogger(TransactionPhases.class.getName());
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private volatile BeanManager beanManager;
    private volatile JtaPhases jta;
    // Set once no JTA transaction can ever be found here: no JNDI at all, or no JTA API.
    private volatile boolean withoutJta;

    /** Whether {@code observer} is a transactional observer of a library signal, whose phase this class keeps. */
    static boolean keepsPhaseOf(ObserverMethod<?> observer) {
        return !observer.isAsync() && observer.getTransactionPhase() != TransactionPhase.IN_PROGRESS
                && LibrarySignals.of(observer.getObservedType()) != null;
    }

    /**
     * Makes the container notify {@code observer} in progress, and this class defer it to its phase; called while
     * the container processes the observer method.
     */
    @SuppressWarnings("unchecked")
    <T> void keepPhase(ObserverMethodConfigurator<T> configurator, ObserverMethod<?> observer, String description) {
        ObserverMethod<Object> original = (ObserverMethod<Object>) observer;
        configurator.transactionPhase(TransactionPhase.IN_PROGRESS)
                .notifyWith(context -> notify(original, description, (EventContext<Object>) context));
    }

    void start(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    /** Notifies {@code observer} in its phase of the current transaction, or now outside any transaction. */
    void notify(ObserverMethod<Object> observer, String description, EventContext<Object> context) {
        JtaPhases phases = jta();
        if (phases == null || !phases.defer(observer, description, context)) {
            observer.notify(context);
        }
    }

    /**
     * Runs {@code work} (the asynchronous notification of a signal) once the current transaction has committed, never
     * if it rolls back; now outside any transaction.
     */
    void afterCommit(Runnable work) {
        JtaPhases phases = jta();
        if (phases == null || !phases.afterCommit(work)) {
            work.run();
        }
    }

    /**
     * Runs deferred notifications with the request context active, as a container does for its own deferred
     * ones: an {@code afterCompletion} may run where none is (a transaction timed out by the reaper).
     */
    void inRequestContext(Runnable notifications) {
        RequestContextController controller = beanManager.createInstance().select(RequestContextController.class).get();
        boolean activated = controller.activate();
        try {
            notifications.run();
        } finally {
            if (activated) {
                controller.deactivate();
            }
        }
    }

    /** Runs a deferred notification; like the container's, its failure is logged and stops nothing else. */
    static void runLogged(Runnable notification, String description, Object event, TransactionPhase phase) {
        try {
            notification.run();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, Messages.deferredObserverFailed(description, event, phase), failure);
        }
    }

    /**
     * The JTA side, found at the first signal that needs it and kept; not kept while the lookup fails for another
     * reason than the absence of JNDI, since a server thread outside any component (a deployment thread) may not see
     * {@code java:comp} while request threads do.
     */
    private JtaPhases jta() {
        JtaPhases found = jta;
        if (found != null || withoutJta) {
            return found;
        }
        try {
            Class.forName("jakarta.transaction.TransactionSynchronizationRegistry", false,
                    TransactionPhases.class.getClassLoader());
            found = JtaPhases.of(this, new InitialContext().lookup(REGISTRY));
            jta = found;
            return found;
        } catch (ClassNotFoundException | NoInitialContextException noJta) {
            withoutJta = true;
            return null;
        } catch (NamingException notHere) {
            return null;
        }
    }
}
