package org.cdisignals.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * {@link TransactionPhases} on a JTA transaction manager: the one class that names the JTA API, loaded only where it
 * is present.
 */
final class JtaPhases {

    private final TransactionPhases phases;
    private final TransactionSynchronizationRegistry registry;
    // The resource key of this application's synchronization in each transaction: one application, one key.
    private final Object key = new Object();

    private JtaPhases(TransactionPhases phases, TransactionSynchronizationRegistry registry) {
        this.phases = phases;
        this.registry = registry;
    }

    static JtaPhases of(TransactionPhases phases, Object registry) {
        return registry instanceof TransactionSynchronizationRegistry found ? new JtaPhases(phases, found) : null;
    }

    /** Defers {@code observer} to its phase of the current transaction; false outside any transaction. */
    boolean defer(ObserverMethod<Object> observer, String description, EventContext<Object> context) {
        Object event = context.getEvent();
        TransactionPhase phase = observer.getTransactionPhase();
        return defer(new Deferred(phase, () -> observer.notify(context), description, event));
    }

    /** Defers {@code work} to the commit of the current transaction; false outside any transaction. */
    boolean afterCommit(Runnable work) {
        return defer(new Deferred(TransactionPhase.AFTER_SUCCESS, work, null, null));
    }

    private boolean defer(Deferred deferred) {
        int status = registry.getTransactionStatus();
        if (!inTransaction(status)) {
            return false;
        }
        PhaseSynchronization synchronization = (PhaseSynchronization) registry.getResource(key);
        if (synchronization != null) {
            synchronization.add(deferred);
        } else if (status == Status.STATUS_MARKED_ROLLBACK || status == Status.STATUS_ROLLING_BACK) {
            // A transaction that will roll back takes no synchronization; its outcome is known already.
            deferred.runIfOutcome(false);
        } else {
            synchronization = new PhaseSynchronization();
            registry.registerInterposedSynchronization(synchronization);
            registry.putResource(key, synchronization);
            synchronization.add(deferred);
        }
        return true;
    }

    private static boolean inTransaction(int status) {
        return switch (status) {
            case Status.STATUS_ACTIVE, Status.STATUS_MARKED_ROLLBACK, Status.STATUS_PREPARING, Status.STATUS_PREPARED,
                 Status.STATUS_COMMITTING, Status.STATUS_ROLLING_BACK -> true;
            default -> false;
        };
    }

    /** One notification waiting for its phase; a null description marks the asynchronous notification of a signal. */
    private record Deferred(TransactionPhase phase, Runnable notification, String description, Object event) {

        void run() {
            if (description == null) {
                notification.run();
            } else {
                TransactionPhases.runLogged(notification, description, event, phase);
            }
        }

        void runIfOutcome(boolean committed) {
            boolean due = switch (phase) {
                case AFTER_COMPLETION -> true;
                case AFTER_SUCCESS -> committed;
                case AFTER_FAILURE -> !committed;
                default -> false;
            };
            if (due) {
                run();
            }
        }
    }

    /**
     * The deferred notifications of one transaction, in the order their signals were sent, each observer's in
     * notification order.
     */
    private final class PhaseSynchronization implements Synchronization {

        private final List<Deferred> deferred = new ArrayList<>();
        private boolean beforeCompletionDone;

        synchronized void add(Deferred notification) {
            if (notification.phase() == TransactionPhase.BEFORE_COMPLETION && beforeCompletionDone) {
                // Sent by a later synchronization's flush, still before completion: now is its phase.
                notification.run();
            } else {
                deferred.add(notification);
            }
        }

        @Override
        public void beforeCompletion() {
            // By index: a BEFORE_COMPLETION observer that changes an entity makes a flush, and more signals, here.
            for (int i = 0; i < size(); i++) {
                Deferred notification = get(i);
                if (notification.phase() == TransactionPhase.BEFORE_COMPLETION) {
                    notification.run();
                }
            }
            synchronized (this) {
                beforeCompletionDone = true;
            }
        }

        @Override
        public void afterCompletion(int status) {
            boolean committed = status == Status.STATUS_COMMITTED;
            List<Deferred> due;
            synchronized (this) {
                due = List.copyOf(deferred);
                deferred.clear();
            }
            phases.inRequestContext(() -> due.forEach(notification -> notification.runIfOutcome(committed)));
        }

        private synchronized int size() {
            return deferred.size();
        }

        private synchronized Deferred get(int i) {
            return deferred.get(i);
        }
    }
}
