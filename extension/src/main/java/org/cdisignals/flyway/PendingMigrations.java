package org.cdisignals.flyway;

import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.Configuration;

/** The migrations Flyway's migrate is about to apply, asked of Flyway itself. */
final class PendingMigrations {

    private PendingMigrations() {
    }

    /**
     * The script of each migration migrate will apply, in Flyway's order: pending versioned ones by version, then
     * pending and changed (outdated) repeatable ones. A callback sees no migration list at BEFORE_MIGRATE, so a second
     * Flyway on the same configuration asks its {@code info()}, which runs no migrate callback.
     */
    static List<String> of(Configuration configuration) {
        MigrationInfo[] all = Flyway.configure(configuration.getClassLoader())
                .configuration(configuration)
                .load()
                .info()
                .all();
        return Arrays.stream(all)
                .filter(migration -> migration.getState() == MigrationState.PENDING
                        || migration.getState() == MigrationState.OUTDATED)
                .map(MigrationInfo::getScript)
                .toList();
    }
}
