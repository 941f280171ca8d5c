package org.cdisignals.spi;

import java.sql.Connection;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.cdisignals.cdi.Dispatcher;
import org.cdisignals.cdi.SignalsRuntime;
import org.cdisignals.cdi.Target;
import org.cdisignals.db.ConnectionCreated;

/**
 * What a provider adapter calls each time its unit obtains a JDBC connection; fires {@link ConnectionCreated} only
 * the first time a connection is seen.
 */
public final class ConnectionEmitter {

    // Weak, so that a connection the pool discards is forgotten with it; JDBC connections keep Object's identity
    // equality, and a pool handle that delegates equals to its physical connection is then rightly the same key.
    private static final Map<Connection, Boolean> SEEN = Collections.synchronizedMap(new WeakHashMap<>());

    private ConnectionEmitter() {
    }

    public static void obtained(Connection connection, String using) {
        // Marked seen even when nobody listens: a later observer must not get a connection already in use.
        if (SEEN.putIfAbsent(connection, Boolean.TRUE) != null) {
            return;
        }
        Dispatcher dispatcher = SignalsRuntime.dispatcher();
        if (dispatcher == null) {
            return;
        }
        Target target = dispatcher.target(ConnectionCreated.class, connection.getClass());
        if (target.observed()) {
            target.fire(new ConnectionCreated(connection.getClass(), connection, using));
        }
    }
}
