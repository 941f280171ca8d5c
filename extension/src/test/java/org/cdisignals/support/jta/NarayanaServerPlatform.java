package org.cdisignals.support.jta;

import jakarta.transaction.TransactionManager;

import org.eclipse.persistence.platform.server.ServerPlatformBase;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.ExternalTransactionController;
import org.eclipse.persistence.transaction.JTATransactionController;

/**
 * EclipseLink on the suite's Narayana, as on Payara: its unit of work joins the JTA transaction and writes in the
 * transaction's {@code beforeCompletion} (a synchronization registered with the transaction itself).
 */
public class NarayanaServerPlatform extends ServerPlatformBase {

    public NarayanaServerPlatform(DatabaseSession session) {
        super(session);
    }

    @Override
    public Class<? extends ExternalTransactionController> getExternalTransactionControllerClass() {
        return Controller.class;
    }

    /** The controller EclipseLink creates for the session, on Narayana's transaction manager. */
    public static class Controller extends JTATransactionController {

        @Override
        protected TransactionManager acquireTransactionManager() {
            return Jta.manager();
        }
    }
}
