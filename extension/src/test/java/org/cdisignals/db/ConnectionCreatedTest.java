package org.cdisignals.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.cdisignals.polls.Question;
import org.cdisignals.spi.ConnectionEmitter;
import org.cdisignals.support.Databases;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.Providers;
import org.junit.jupiter.api.Test;

class ConnectionCreatedTest {

    /** Records every ConnectionCreated and, as Django users do, sets the session up on the new connection. */
    @ApplicationScoped
    public static class SessionSetup {

        private final List<ConnectionCreated> created = new CopyOnWriteArrayList<>();

        List<ConnectionCreated> created() {
            return created;
        }

        void onConnection(@Observes ConnectionCreated event) throws SQLException {
            created.add(event);
            try (Statement statement = event.connection().createStatement()) {
                statement.execute(setup());
            }
        }
    }

    /** Sets the session up as {@link SessionSetup} does, but fails (before setting up) while armed, once. */
    @ApplicationScoped
    public static class FailingOnce {

        private final AtomicBoolean armed = new AtomicBoolean();
        private final List<String> announced = new CopyOnWriteArrayList<>();

        void arm() {
            armed.set(true);
        }

        /** The units of the connections announced since the last call. */
        List<String> announced() {
            List<String> since = List.copyOf(announced);
            announced.clear();
            return since;
        }

        void onConnection(@Observes ConnectionCreated event) throws SQLException {
            announced.add(event.using());
            if (armed.compareAndSet(true, false)) {
                throw new IllegalStateException("the tenant directory is down");
            }
            try (Statement statement = event.connection().createStatement()) {
                statement.execute(setup());
            }
        }
    }

    // PostgreSQL: the case the issue asks for; elsewhere a session variable proves the same thing.
    private static String setup() {
        return Databases.name().equals("postgresql") ? "SET application_name = 'cdi-signals-test'"
                : "SET @APP_NAME = 'cdi-signals-test'";
    }

    private static String check() {
        return Databases.name().equals("postgresql") ? "SELECT current_setting('application_name')"
                : "SELECT @APP_NAME";
    }

    @Test
    void firesOncePerPhysicalConnectionAndNotForLaterCheckouts() {
        try (Fixture fixture = Fixture.start(SessionSetup.class)) {
            List<ConnectionCreated> created = fixture.bean(SessionSetup.class).created();
            fixture.inTransaction(em -> em.persist(new Question("Connected?")));
            int announced = created.size();
            assertFalse(created.isEmpty());

            // Sequential work checks the same pooled connections out again: nothing new to announce.
            for (int i = 0; i < 5; i++) {
                fixture.inTransaction(em -> em.persist(new Question("Again?")));
                fixture.count("SELECT COUNT(*) FROM QUESTION");
            }

            assertEquals(announced, created.size());
            Set<Connection> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
            for (ConnectionCreated event : created) {
                distinct.add(event.connection());
                assertEquals(event.connection().getClass(), event.sender());
                assertEquals(Providers.unit("polls"), event.using());
            }
            assertEquals(created.size(), distinct.size(), "a connection was announced twice");
        }
    }

    @Test
    void aConnectionWhoseSetupFailedIsAnnouncedAgainAndSetUpBeforeItServes() throws SQLException {
        try (Fixture fixture = Fixture.start(FailingOnce.class); Connection connection = newConnection()) {
            FailingOnce observer = fixture.bean(FailingOnce.class);
            observer.announced();
            observer.arm();

            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> ConnectionEmitter.obtained(connection, "polls"));
            ConnectionEmitter.obtained(connection, "polls");
            ConnectionEmitter.obtained(connection, "polls");

            assertEquals("the tenant directory is down", failure.getMessage());
            assertEquals(List.of("polls", "polls"), observer.announced());
            assertEquals("cdi-signals-test", single(connection, check()));
        }
    }

    @Test
    void aConnectionSharedByTwoUnitsIsAnnouncedOnceForEach() throws SQLException {
        try (Fixture fixture = Fixture.start(FailingOnce.class); Connection connection = newConnection()) {
            FailingOnce observer = fixture.bean(FailingOnce.class);
            observer.announced();

            ConnectionEmitter.obtained(connection, "polls");
            ConnectionEmitter.obtained(connection, "archive");
            ConnectionEmitter.obtained(connection, "polls");
            ConnectionEmitter.obtained(connection, "archive");

            assertEquals(List.of("polls", "archive"), observer.announced());
        }
    }

    /** A physical connection of its own to the suite's database, as a pool would open one. */
    private static Connection newConnection() throws SQLException {
        Map<String, Object> properties = Databases.properties();
        return DriverManager.getConnection((String) properties.get("jakarta.persistence.jdbc.url"),
                (String) properties.get("jakarta.persistence.jdbc.user"),
                (String) properties.get("jakarta.persistence.jdbc.password"));
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    void theStatementThatNeededTheConnectionSeesTheObserversSessionSetup() {
        try (Fixture fixture = Fixture.start(SessionSetup.class)) {
            EntityManager em = fixture.factory().createEntityManager();
            try {
                assertEquals("cdi-signals-test", String.valueOf(em.createNativeQuery(check()).getSingleResult()));
            } finally {
                em.close();
            }
        }
    }
}
