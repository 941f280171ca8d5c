package org.cdisignals.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.spi.DeploymentException;

import org.cdisignals.db.ConnectionCreated;
import org.cdisignals.request.RequestStarted;
import org.cdisignals.support.Fixture;
import org.junit.jupiter.api.Test;

/** Asynchronous observers of signals that are valid only while being sent fail the deployment (CDISIG-010). */
class AsyncObserverValidationTest {

    @Test
    void anAsyncObserverOfARequestSignalFailsDeploymentNamingTheObserverAndTheRequest() {
        String message = messages(assertThrows(DeploymentException.class,
                () -> Fixture.start(AsyncRequestObserver.class)));

        assertTrue(message.contains("CDISIG-010: observer method " + AsyncRequestObserver.class.getName()
                + ".onRequest observes RequestStarted with @ObservesAsync, but its request (a "
                + "jakarta.servlet.http.HttpServletRequest)"), message);
    }

    @Test
    void anAsyncObserverOfConnectionCreatedFailsDeploymentNamingTheConnection() {
        String message = messages(assertThrows(DeploymentException.class,
                () -> Fixture.start(AsyncConnectionObserver.class)));

        assertTrue(message.contains("CDISIG-010: observer method " + AsyncConnectionObserver.class.getName()
                + ".onConnection observes ConnectionCreated with @ObservesAsync, but its connection (a "
                + "java.sql.Connection)"), message);
    }

    private static String messages(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
            for (Throwable suppressed : t.getSuppressed()) {
                all.append(suppressed.getMessage()).append('\n');
            }
        }
        return all.toString();
    }

    @ApplicationScoped
    static class AsyncRequestObserver {
        void onRequest(@ObservesAsync RequestStarted e) {
        }
    }

    @ApplicationScoped
    static class AsyncConnectionObserver {
        void onConnection(@ObservesAsync ConnectionCreated e) {
        }
    }
}
