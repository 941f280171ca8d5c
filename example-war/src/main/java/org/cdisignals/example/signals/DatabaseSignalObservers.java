package org.cdisignals.example.signals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.cdisignals.db.ConnectionCreated;
import org.cdisignals.migrate.PostMigrate;
import org.cdisignals.migrate.PreMigrate;

/**
 * The database and management signals, written into the {@link SignalLog}. A connection is logged with its class and
 * identity, so that the log shows whether a later checkout of the same connection object was announced again.
 */
@ApplicationScoped
public class DatabaseSignalObservers {

    @Inject
    SignalLog log;

    void connectionCreated(@Observes ConnectionCreated e) {
        log.record("connection_created using=" + e.using() + " sender=" + e.sender().getName()
                + " #" + Integer.toHexString(System.identityHashCode(e.connection())));
    }

    void preMigrate(@Observes PreMigrate e) {
        log.record("pre_migrate using=" + e.using() + " statements=" + e.plan().size());
    }

    void postMigrate(@Observes PostMigrate e) {
        log.record("post_migrate using=" + e.using() + " statements=" + e.plan().size());
    }
}
