package org.cdisignals.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cdisignals.polls.Topping;
import org.cdisignals.support.Databases;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.Providers;
import org.junit.jupiter.api.Test;

class MigrateSignalsTest {

    private static final String REFUSAL = "no migrations today";

    // Where the observers below connect: the database of the unit being started.
    private static volatile Map<String, Object> database;

    @ApplicationScoped
    public static class Migrations {

        private final List<Object> events = new CopyOnWriteArrayList<>();

        List<Object> events() {
            return events;
        }

        void pre(@Observes PreMigrate event) {
            events.add(event);
        }

        /** Seeds a row, as Django projects do in post_migrate, with a connection of its own. */
        void post(@Observes PostMigrate event) throws SQLException {
            events.add(event);
            execute("INSERT INTO TOPPING (ID, NAME) VALUES (1000000, 'Seeded')");
        }
    }

    @ApplicationScoped
    public static class Refusal {

        void pre(@Observes PreMigrate event) {
            throw new IllegalStateException(REFUSAL);
        }
    }

    @Test
    void preThenPostAroundTheSchemaGenerationWithItsStatements() {
        database = Databases.properties();
        try (Fixture fixture = Fixture.start("polls", database, Migrations.class)) {
            List<Object> events = fixture.bean(Migrations.class).events();
            assertEquals(1, fixture.count("SELECT COUNT(*) FROM TOPPING WHERE NAME = 'Seeded'"));

            assertEquals(2, events.size(), events.toString());
            PreMigrate pre = (PreMigrate) events.get(0);
            PostMigrate post = (PostMigrate) events.get(1);
            assertEquals(Providers.unit("polls"), pre.using());
            assertEquals(pre.using(), post.using());
            assertEquals(pre.plan(), post.plan());
            assertTrue(pre.plan().stream().anyMatch(sql -> sql.matches("(?is)create table\\s+QUESTION\\b.*")),
                    pre.plan().toString());
            assertEquals(1, pre.verbosity());
            assertEquals(false, pre.interactive());
        }
    }

    @Test
    void aFailingPreMigrateObserverStopsTheMigrationBeforeAnyStatement() throws SQLException {
        database = Databases.properties();
        try (Fixture fixture = Fixture.start("polls", database)) {
            fixture.inTransaction(em -> em.persist(new Topping("Kept")));
        }

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> Fixture.start("polls", database, Refusal.class).close());

        assertTrue(causes(failure, REFUSAL), failure::toString);
        // drop-and-create did not even drop: the row written before is still there.
        assertEquals(1, count("SELECT COUNT(*) FROM TOPPING WHERE NAME = 'Kept'"));
    }

    private static boolean causes(Throwable failure, String message) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException && message.equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection((String) database.get("jakarta.persistence.jdbc.url"),
                (String) database.get("jakarta.persistence.jdbc.user"),
                (String) database.get("jakarta.persistence.jdbc.password"));
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
