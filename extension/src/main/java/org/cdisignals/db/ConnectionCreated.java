package org.cdisignals.db;

import java.sql.Connection;

/**
 * Django's {@code connection_created}: fired once per new physical JDBC connection that a persistence unit uses,
 * before the provider runs its first statement on it, so an observer may run session setup statements
 * ({@code SET search_path …}, {@code SET application_name …}) on it. Checking out a connection the unit has used
 * before does not fire again, when the pool lets the physical connection be found behind its handle (the handle's
 * {@code getMetaData().getConnection()}): WildFly's does, Payara's does not, and there every checkout fires. A
 * connection used before the CDI container started fires at its first checkout after the start.
 *
 * <p>EclipseLink: fired when its session connects an accessor or acquires one (its own pool, or a checkout from an
 * external data source). Hibernate ORM: fired when its connection provider hands out a connection not seen before.
 *
 * @param sender     the class of the JDBC connection (e.g. {@code org.postgresql.jdbc.PgConnection}), as Django's
 *                   sender is the backend's connection wrapper class; on a server this is the pool's handle class
 * @param connection the connection; do not close it
 * @param using      the persistence unit name
 */
public record ConnectionCreated(Class<?> sender, Connection connection, String using) {
}
