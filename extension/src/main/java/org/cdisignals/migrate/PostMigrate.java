package org.cdisignals.migrate;

import java.io.PrintWriter;
import java.util.List;

/**
 * Django's {@code post_migrate}: fired once a persistence unit's JPA schema generation has run, when the schema
 * exists and before the application uses the unit, so an observer may write seed data (with its own JDBC connection
 * or any means that does not need the unit being started).
 *
 * @param using       the persistence unit name
 * @param plan        the statements that were run, in order (unmodifiable)
 * @param verbosity   always 1 (Django's default): schema generation has no verbosity setting
 * @param interactive always false: schema generation never prompts
 * @param stdout      where an observer may report progress: the process's standard output, not to be closed
 */
public record PostMigrate(String using, List<String> plan, int verbosity, boolean interactive, PrintWriter stdout) {
}
