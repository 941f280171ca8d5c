package org.cdisignals.eclipselink;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cdisignals.spi.Emitter;
import org.cdisignals.spi.MigrateEmitter;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.tools.schemaframework.SchemaManager;

/**
 * {@code PreMigrate}/{@code PostMigrate} around the schema generation EclipseLink runs right after the unit's login.
 * EclipseLink raises no event around that generation, so the plan is generated ahead, at {@code postLogin}, by the
 * same schema manager writing to a string instead of the database; and the schema is known to exist by the time the
 * unit hands out its first unit of work, which is when {@code PostMigrate} fires.
 */
final class SchemaMigration {

    private enum Action { CREATE, DROP, DROP_AND_CREATE }

    private final String using;
    private volatile List<String> pending;

    SchemaMigration(String using) {
        this.using = using;
    }

    /** At login, before EclipseLink generates the schema: announces the plan; an observer's exception stops it. */
    void beforeGeneration(DatabaseSession session) {
        Action action = action(session.getProperties());
        if (action == null || !MigrateEmitter.observed()) {
            return;
        }
        List<String> plan = plan(session, action);
        boolean sent = MigrateEmitter.preMigrate(using, plan);
        pending = plan;
        if (!sent) {
            // A server logs the unit in while deploying it, before the CDI container starts, and EclipseLink writes
            // the DDL on that thread right after this event; by the container's start the schema exists, so
            // PostMigrate follows the held PreMigrate then, before the application serves.
            Emitter.whenStarted(this::beforeFirstUse);
        }
    }

    /**
     * At each unit of work; only the first after a generation sends {@code PostMigrate}, and other threads wait for
     * its observers (the seed data) before they use the unit.
     */
    /** Whether a generation's {@code PostMigrate} still waits for the first unit of work. */
    boolean waiting() {
        return pending != null;
    }

    void beforeFirstUse() {
        if (pending == null) {
            return;
        }
        synchronized (this) {
            List<String> plan = pending;
            if (plan != null) {
                // Cleared first: an observer that uses the unit itself must not send it again.
                pending = null;
                MigrateEmitter.postMigrate(using, plan);
            }
        }
    }

    /** What EclipseLink will write to the database, as its {@code writeDDL} decides it; null for nothing. */
    private static Action action(Map<?, ?> properties) {
        Object eclipseLink = properties.get(PersistenceUnitProperties.DDL_GENERATION);
        if (eclipseLink != null) {
            Object mode = properties.get(PersistenceUnitProperties.DDL_GENERATION_MODE);
            if (mode != null && !mode.equals(PersistenceUnitProperties.DDL_DATABASE_GENERATION)
                    && !mode.equals(PersistenceUnitProperties.DDL_BOTH_GENERATION)) {
                return null;
            }
            return switch (eclipseLink.toString().toLowerCase(Locale.ROOT)) {
                case PersistenceUnitProperties.CREATE_ONLY -> Action.CREATE;
                case PersistenceUnitProperties.DROP_ONLY -> Action.DROP;
                case PersistenceUnitProperties.DROP_AND_CREATE -> Action.DROP_AND_CREATE;
                default -> null;
            };
        }
        Object jpa = properties.get(PersistenceUnitProperties.SCHEMA_GENERATION_DATABASE_ACTION);
        Object source = properties.get(PersistenceUnitProperties.SCHEMA_GENERATION_CREATE_SOURCE);
        if (jpa == null || source != null && !PersistenceUnitProperties.SCHEMA_GENERATION_METADATA_SOURCE.equals(source)) {
            return null;
        }
        return switch (jpa.toString().toLowerCase(Locale.ROOT)) {
            case PersistenceUnitProperties.SCHEMA_GENERATION_CREATE_ACTION -> Action.CREATE;
            case PersistenceUnitProperties.SCHEMA_GENERATION_DROP_ACTION -> Action.DROP;
            case PersistenceUnitProperties.SCHEMA_GENERATION_DROP_AND_CREATE_ACTION -> Action.DROP_AND_CREATE;
            default -> null;
        };
    }

    private static List<String> plan(DatabaseSession session, Action action) {
        StringWriter script = new StringWriter();
        SchemaManager manager = new SchemaManager(session);
        manager.outputDDLToWriter(script);
        // Without terminators the writer holds one statement per line.
        manager.setCreateSQLFiles(false);
        switch (action) {
            case CREATE -> manager.createDefaultTables(true);
            case DROP -> manager.dropDefaultTables();
            case DROP_AND_CREATE -> manager.replaceDefaultTables(true, false, true);
        }
        return script.toString().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
