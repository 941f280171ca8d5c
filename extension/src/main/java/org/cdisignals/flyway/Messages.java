package org.cdisignals.flyway;

import java.util.List;

/**
 * The Flyway adapter's messages ({@code CDISIG-201} to {@code CDISIG-219}).
 */
final class Messages {

    private Messages() {
    }

    /** A {@code PreMigrate} observer threw: Flyway's migrate stops before its first migration. */
    static String flywayMigrationRefused(String using, List<String> plan, Throwable refusal) {
        return "CDISIG-201: a PreMigrate observer stopped Flyway's migrate of " + using + " before any migration ran"
                + " (pending: " + plan + "): " + refusal;
    }

    static String flywaySchemaUnknown(Throwable failure) {
        return "CDISIG-202: cannot tell which schema Flyway migrates, to name it in PreMigrate.using: " + failure
                + "; give the name to the FlywaySignals constructor.";
    }
}
