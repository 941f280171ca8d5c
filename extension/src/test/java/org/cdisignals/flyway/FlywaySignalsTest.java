package org.cdisignals.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Inject;

import org.cdisignals.migrate.PostMigrate;
import org.cdisignals.migrate.PreMigrate;
import org.cdisignals.support.EventLog;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code PreMigrate}/{@code PostMigrate} around Flyway's migrate, on an in-memory H2 database, with the two SQL
 * migrations in {@code src/test/resources/db/flyway}. Needs no JPA provider.
 */
class FlywaySignalsTest {

    private static final String USING = "polls-flyway";
    private static final String REFUSAL = "no migrations today";
    private static final String BOTH = "[V1__create_poll.sql, V2__add_choice.sql]";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    // The database of the current test, where the observers below look and write.
    private static volatile String url;

    /** Logs each event with the tables that exist while its observers run. */
    @ApplicationScoped
    public static class Migrations {

        @Inject
        EventLog log;

        void pre(@Observes PreMigrate e) throws SQLException {
            log.add("PreMigrate " + e.using() + " " + e.plan() + " verbosity=" + e.verbosity()
                    + " interactive=" + e.interactive() + " tables=" + tables());
        }

        void post(@Observes PostMigrate e) throws SQLException {
            log.add("PostMigrate " + e.using() + " " + e.plan() + " verbosity=" + e.verbosity()
                    + " interactive=" + e.interactive() + " tables=" + tables());
        }
    }

    /** Seeds a poll, as Django projects do in post_migrate, with a connection of its own. */
    @ApplicationScoped
    public static class Seed {

        void post(@Observes PostMigrate e) throws SQLException {
            execute("INSERT INTO POLL (ID, QUESTION) VALUES (1, 'Seeded?')");
        }
    }

    @ApplicationScoped
    public static class Refusal {

        @Inject
        EventLog log;

        void pre(@Observes PreMigrate e) {
            throw new IllegalStateException(REFUSAL);
        }

        void post(@Observes PostMigrate e) {
            log.add("PostMigrate " + e.using());
        }
    }

    @BeforeEach
    void freshDatabase() {
        url = "jdbc:h2:mem:flyway" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    @Test
    void preMigrateBeforeTheFirstMigrationAndPostMigrateAfterTheLastWithThePendingScriptsInOrder() throws SQLException {
        try (SeContainer container = container(Migrations.class)) {
            MigrateResult result = flyway().load().migrate();

            assertEquals(2, result.migrationsExecuted);
            assertEquals(List.of(
                    "PreMigrate " + USING + " " + BOTH + " verbosity=1 interactive=false tables=[flyway_schema_history]",
                    "PostMigrate " + USING + " " + BOTH
                            + " verbosity=1 interactive=false tables=[CHOICE, POLL, flyway_schema_history]"),
                    log(container));
        }
    }

    @Test
    void aPostMigrateObserverSeedsRowsThatAreThereWhenMigrateReturns() throws SQLException {
        try (SeContainer container = container(Seed.class)) {
            flyway().load().migrate();

            assertEquals(List.of("Seeded?"), strings("SELECT QUESTION FROM POLL"));
        }
    }

    @Test
    void aFailingPreMigrateObserverStopsMigrateWithAClearErrorBeforeAnyMigration() throws SQLException {
        try (SeContainer container = container(Refusal.class)) {
            FlywayException failure = assertThrows(FlywayException.class, () -> flyway().load().migrate());

            assertTrue(failure.getMessage().contains("CDISIG-201: a PreMigrate observer stopped Flyway's migrate of "
                    + USING + " before any migration ran (pending: " + BOTH + "): java.lang.IllegalStateException: "
                    + REFUSAL), failure::getMessage);
            assertTrue(causedBy(failure, REFUSAL), failure::toString);
            assertEquals(List.of(), log(container));
            // Flyway creates its history table, holding only its creation marker, before BEFORE_MIGRATE.
            assertEquals(List.of("flyway_schema_history"), tables());
            assertEquals(List.of("<< Flyway Schema History table created >>"),
                    strings("SELECT \"description\" FROM \"flyway_schema_history\""));
        }
    }

    @Test
    void theNextMigrateAfterARefusalPlansAndAppliesEveryMigration() throws SQLException {
        try (SeContainer container = container(Refusal.class)) {
            assertThrows(FlywayException.class, () -> flyway().load().migrate());
        }
        try (SeContainer container = container(Migrations.class)) {
            flyway().load().migrate();

            assertEquals(List.of(
                    "PreMigrate " + USING + " " + BOTH + " verbosity=1 interactive=false tables=[flyway_schema_history]",
                    "PostMigrate " + USING + " " + BOTH
                            + " verbosity=1 interactive=false tables=[CHOICE, POLL, flyway_schema_history]"),
                    log(container));
        }
    }

    @Test
    void aLaterMigratePlansOnlyTheMigrationsStillPending() throws SQLException {
        try (SeContainer container = container(Migrations.class)) {
            flyway().target("1").load().migrate();
            flyway().load().migrate();

            assertEquals(List.of(
                    "PreMigrate " + USING + " [V1__create_poll.sql] verbosity=1 interactive=false"
                            + " tables=[flyway_schema_history]",
                    "PostMigrate " + USING + " [V1__create_poll.sql] verbosity=1 interactive=false"
                            + " tables=[POLL, flyway_schema_history]",
                    "PreMigrate " + USING + " [V2__add_choice.sql] verbosity=1 interactive=false"
                            + " tables=[POLL, flyway_schema_history]",
                    "PostMigrate " + USING + " [V2__add_choice.sql] verbosity=1 interactive=false"
                            + " tables=[CHOICE, POLL, flyway_schema_history]"),
                    log(container));
        }
    }

    @Test
    void aMigrateWithNothingPendingStillSendsBothWithAnEmptyPlan() throws SQLException {
        try (SeContainer container = container(Migrations.class)) {
            flyway().load().migrate();
            container.select(EventLog.class).get().clear();

            MigrateResult result = flyway().load().migrate();

            assertEquals(0, result.migrationsExecuted);
            assertEquals(List.of(
                    "PreMigrate " + USING + " [] verbosity=1 interactive=false"
                            + " tables=[CHOICE, POLL, flyway_schema_history]",
                    "PostMigrate " + USING + " [] verbosity=1 interactive=false"
                            + " tables=[CHOICE, POLL, flyway_schema_history]"),
                    log(container));
        }
    }

    @Test
    void registeredByTheCallbacksPropertyItNamesTheMigratedSchemaInUsing() throws SQLException {
        try (SeContainer container = container(Migrations.class)) {
            Flyway.configure()
                    .configuration(Map.of("flyway.url", url, "flyway.user", "sa", "flyway.password", "",
                            "flyway.locations", "classpath:db/flyway",
                            "flyway.callbacks", FlywaySignals.class.getName()))
                    .load()
                    .migrate();

            assertEquals(List.of(
                    "PreMigrate PUBLIC " + BOTH + " verbosity=1 interactive=false tables=[flyway_schema_history]",
                    "PostMigrate PUBLIC " + BOTH
                            + " verbosity=1 interactive=false tables=[CHOICE, POLL, flyway_schema_history]"),
                    log(container));
        }
    }

    @Test
    void aMigrateBeforeTheContainerStartsIsSentOnceTheContainerRuns() throws SQLException {
        flyway().load().migrate();
        assertEquals(List.of("CHOICE", "POLL", "flyway_schema_history"), tables());

        try (SeContainer container = container(Migrations.class)) {
            // Held: the migrate happened long before, so both see the migrated schema.
            assertEquals(List.of(
                    "PreMigrate " + USING + " " + BOTH
                            + " verbosity=1 interactive=false tables=[CHOICE, POLL, flyway_schema_history]",
                    "PostMigrate " + USING + " " + BOTH
                            + " verbosity=1 interactive=false tables=[CHOICE, POLL, flyway_schema_history]"),
                    log(container));
        }
    }

    private static FluentConfiguration flyway() {
        return Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/flyway")
                .callbacks(new FlywaySignals(USING));
    }

    private static SeContainer container(Class<?>... beans) {
        SeContainerInitializer initializer = SeContainerInitializer.newInstance().disableDiscovery();
        ServiceLoader.load(Extension.class).forEach(initializer::addExtensions);
        return initializer.addBeanClasses(EventLog.class).addBeanClasses(beans).initialize();
    }

    private static List<String> log(SeContainer container) {
        return container.select(EventLog.class).get().lines();
    }

    private static boolean causedBy(Throwable failure, String message) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException && message.equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tables() throws SQLException {
        return strings("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " ORDER BY TABLE_NAME");
    }

    private static List<String> strings(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
