package org.cdisignals.migrate;

import java.io.PrintWriter;
import java.util.List;

/**
 * Django's {@code pre_migrate}: fired when a persistence unit is about to apply JPA schema generation to its
 * database, before the first statement. An exception thrown by an observer stops the migration: no statement of the
 * plan runs and the persistence unit fails to start with that exception as its cause. That holds when the CDI
 * container runs before the unit migrates; a unit that migrates earlier (on a server, which deploys the unit first)
 * has its {@code PreMigrate} held and sent when the application starts, after the migration, when an observer's
 * exception can no longer stop it. Also fired before Flyway's migrate when the application registers
 * {@code org.cdisignals.flyway.FlywaySignals}, with the same rules.
 *
 * @param using       the persistence unit name; for Flyway, the name given to {@code FlywaySignals}, else the schema
 *                    Flyway migrates
 * @param plan        the statements about to run, in order (unmodifiable); for Flyway, the scripts of the pending
 *                    migrations ({@code V1__create_poll.sql})
 * @param verbosity   always 1 (Django's default): schema generation has no verbosity setting
 * @param interactive always false: schema generation never prompts
 * @param stdout      where an observer may report progress: the process's standard output, not to be closed
 */
public record PreMigrate(String using, List<String> plan, int verbosity, boolean interactive, PrintWriter stdout) {
}
