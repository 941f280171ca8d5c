package org.cdisignals.spi;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.cdisignals.db.ConnectionCreated;

/**
 * What a provider adapter calls each time its unit obtains a JDBC connection; fires {@link ConnectionCreated} only
 * the first time a physical connection is seen for that unit while the CDI container runs. When an observer fails,
 * its exception reaches the operation that wanted the connection (the adapter hands the connection back), and the
 * connection counts as never announced: its next checkout announces it again, so that no statement runs on a
 * connection whose session setup did not happen.
 */
public final class ConnectionEmitter {

    // Weak, so that a connection the pool discards is forgotten with it; JDBC connections keep Object's identity
    // equality, and a pool handle that delegates equals to its physical connection is then rightly the same key. The
    // value holds the units it was announced for: two units on one data source each set their sessions up.
    private static final Map<Connection, Set<String>> SEEN = Collections.synchronizedMap(new WeakHashMap<>());

    private static final String PAYARA_HOLDER = "com.sun.gjc.spi.base.ConnectionHolder";

    private static final ClassValue<Method> HOLDER_ACCESSOR = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            return holderAccessor(type);
        }
    };

    private ConnectionEmitter() {
    }

    public static void obtained(Connection connection, String using) {
        // A lazily connecting accessor can report a checkout before it holds a connection; it reports it again.
        if (connection == null) {
            return;
        }
        // Not remembered before the container runs: the handle a server's deployment used is closed by then, so the
        // connection is announced at its first checkout after the start, with a handle an observer can use. Nor when
        // nobody observes the signal (observers are fixed once the container runs): then a checkout costs nothing.
        if (!Emitter.observedFromAnySender(ConnectionCreated.class)) {
            return;
        }
        Connection physical = physical(connection);
        if (!remember(physical, using)) {
            return;
        }
        try {
            Emitter.send(ConnectionCreated.class, connection.getClass(),
                    () -> new ConnectionCreated(connection.getClass(), connection, using));
        } catch (RuntimeException | Error failure) {
            forget(physical, using);
            throw failure;
        }
    }

    /** Whether {@code physical} is new to {@code using}, remembering it. */
    private static boolean remember(Connection physical, String using) {
        synchronized (SEEN) {
            return SEEN.computeIfAbsent(physical, connection -> new HashSet<>(1)).add(using);
        }
    }

    private static void forget(Connection physical, String using) {
        synchronized (SEEN) {
            Set<String> units = SEEN.get(physical);
            if (units != null) {
                units.remove(using);
            }
        }
    }

    /**
     * The physical connection behind a pool's handle, where the pool lets it through: a server's pool hands out a new
     * handle per checkout. WildFly's (IronJacamar) answers {@code getMetaData().getConnection()} with the driver's
     * connection; Payara's wraps the metadata too and answers with the handle, and its {@code unwrap} answers with the
     * handle or a new proxy per call, so the handle's own accessor is used instead.
     */
    private static Connection physical(Connection connection) {
        try {
            Method accessor = HOLDER_ACCESSOR.get(connection.getClass());
            Connection behind = accessor != null
                    ? (Connection) accessor.invoke(connection)
                    : connection.getMetaData().getConnection();
            return behind != null ? behind : connection;
        } catch (SQLException | ReflectiveOperationException e) {
            return connection;
        }
    }

    /**
     * GlassFish's and Payara's {@code com.sun.gjc.spi.base.ConnectionHolder.getConnection()}, which returns the
     * physical connection (their documented {@code com.sun.appserv.jdbc.DataSource.getConnection(Connection)} calls
     * it), when {@code type} is such a handle; found by name, as the class lives in the server.
     */
    private static Method holderAccessor(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(PAYARA_HOLDER)) {
                try {
                    return c.getMethod("getConnection");
                } catch (NoSuchMethodException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
