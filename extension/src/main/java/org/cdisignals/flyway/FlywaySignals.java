package org.cdisignals.flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.cdisignals.migrate.PostMigrate;
import org.cdisignals.migrate.PreMigrate;
import org.cdisignals.spi.MigrateEmitter;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Sends {@link PreMigrate} when Flyway's migrate is about to apply migrations ({@code BEFORE_MIGRATE}) and
 * {@link PostMigrate} when it has applied them all ({@code AFTER_MIGRATE}); a migrate that fails sends no
 * {@code PostMigrate}. Register it with the application's Flyway:
 * <pre>{@code
 * Flyway.configure().dataSource(dataSource).callbacks(new FlywaySignals("polls")).load().migrate();
 * }</pre>
 * or name the class in the {@code flyway.callbacks} property. Both events carry:
 * <ul>
 * <li>{@code using}: the name given to the constructor, else the schema Flyway migrates (its default schema);</li>
 * <li>{@code plan}: the script of each migration migrate applies, in order ({@code V1__create_poll.sql}, and for a
 *     Java migration its class name); empty when nothing is pending.</li>
 * </ul>
 * An exception from a {@code PreMigrate} observer stops the migrate before any migration runs: Flyway throws a
 * {@code FlywayException} ({@code CDISIG-201}) caused by it. When the CDI container does not run yet, both events
 * are held and sent when it starts, as for JPA schema generation; the migrate has then happened.
 */
public class FlywaySignals implements Callback {

    private record Run(String using, List<String> plan) {
    }

    private final String name;
    // From a migrate's BEFORE_MIGRATE to its AFTER_MIGRATE, which Flyway raises on the same thread.
    private final ThreadLocal<Run> runs = new ThreadLocal<>();

    /** Names the migrated schema in {@code using}; the constructor the {@code flyway.callbacks} property uses. */
    public FlywaySignals() {
        this(null);
    }

    /** Names {@code using} in the events, as a persistence unit's name names it for schema generation. */
    public FlywaySignals(String using) {
        this.name = using;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE || event == Event.AFTER_MIGRATE_ERROR;
    }

    // The observers get no Flyway connection, so a Flyway transaction around them would hold nothing of theirs.
    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return false;
    }

    @Override
    public void handle(Event event, Context context) {
        switch (event) {
            case BEFORE_MIGRATE -> before(context);
            case AFTER_MIGRATE -> after();
            case AFTER_MIGRATE_ERROR -> runs.remove();
        }
    }

    @Override
    public String getCallbackName() {
        return "cdi-signals";
    }

    private void before(Context context) {
        if (!MigrateEmitter.observed()) {
            return;
        }
        Run run = new Run(using(context), PendingMigrations.of(context.getConfiguration()));
        try {
            MigrateEmitter.preMigrate(run.using(), run.plan());
        } catch (RuntimeException refusal) {
            throw new FlywayException(Messages.flywayMigrationRefused(run.using(), run.plan(), refusal), refusal);
        }
        runs.set(run);
    }

    private void after() {
        Run run = runs.get();
        runs.remove();
        if (run != null) {
            MigrateEmitter.postMigrate(run.using(), run.plan());
        }
    }

    private String using(Context context) {
        if (name != null) {
            return name;
        }
        // Flyway has switched the event's connection to the schema it migrates; MySQL calls that the catalog.
        try {
            Connection connection = context.getConnection();
            String schema = connection.getSchema();
            return schema != null ? schema : connection.getCatalog();
        } catch (SQLException e) {
            throw new FlywayException(Messages.flywaySchemaUnknown(e), e);
        }
    }
}
