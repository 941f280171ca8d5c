package org.cdisignals.migrate;

import java.io.PrintWriter;
import java.util.List;

/**
 * Django's {@code post_migrate}: fired once a persistence unit's JPA schema generation has run, when the schema
 * exists and before the application uses the unit, so an observer may write seed data. When the CDI container runs
 * first, it is sent while the unit is still starting: write with a JDBC connection of your own. On a server the unit
 * migrates first, and the event is held and sent when the application starts, outside any transaction: write
 * through a {@code @Transactional} bean or a {@code UserTransaction}. Also fired after Flyway's migrate has applied
 * every pending migration, when the application registers {@code org.cdisignals.flyway.FlywaySignals}.
 *
 * @param using       the persistence unit name; for Flyway, the name given to {@code FlywaySignals}, else the schema
 *                    Flyway migrates
 * @param plan        the statements that were run, in order (unmodifiable); for Flyway, the scripts of the migrations
 *                    that were applied
 * @param verbosity   always 1 (Django's default): schema generation has no verbosity setting
 * @param interactive always false: schema generation never prompts
 * @param stdout      where an observer may report progress: the process's standard output, not to be closed
 */
public record PostMigrate(String using, List<String> plan, int verbosity, boolean interactive, PrintWriter stdout) {
}
