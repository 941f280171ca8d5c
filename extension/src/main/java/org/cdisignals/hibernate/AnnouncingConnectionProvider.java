package org.cdisignals.hibernate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.cdisignals.spi.ConnectionEmitter;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.jdbc.connections.spi.DatabaseConnectionInfo;
import org.hibernate.engine.jndi.spi.JndiService;
import org.hibernate.service.spi.Configurable;
import org.hibernate.service.spi.ServiceRegistryAwareService;
import org.hibernate.service.spi.ServiceRegistryImplementor;
import org.hibernate.service.spi.Stoppable;

/**
 * The unit's connection provider, announcing each connection the first time it hands it out (Hibernate runs
 * nothing on a connection before it has it). The service registry configures and stops the service it built, which
 * is this wrapper, so the lifecycle calls are passed on to the provider Hibernate chose.
 */
final class AnnouncingConnectionProvider
        implements ConnectionProvider, Configurable, Stoppable, ServiceRegistryAwareService {

    private final ConnectionProvider delegate;
    private final String using;

    AnnouncingConnectionProvider(ConnectionProvider delegate, String using) {
        this.delegate = delegate;
        this.using = using;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = delegate.getConnection();
        try {
            ConnectionEmitter.obtained(connection, using);
        } catch (RuntimeException failure) {
            delegate.closeConnection(connection);
            throw failure;
        }
        return connection;
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        delegate.closeConnection(connection);
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return delegate.supportsAggressiveRelease();
    }

    @Override
    public DatabaseConnectionInfo getDatabaseConnectionInfo(Dialect dialect) {
        return delegate.getDatabaseConnectionInfo(dialect);
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this) || delegate.isUnwrappableAs(type);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }

    @Override
    public void injectServices(ServiceRegistryImplementor registry) {
        // The registry injects @InjectService setters of the object it built, which is this wrapper, not the delegate.
        if (delegate instanceof DatasourceConnectionProviderImpl dataSource) {
            dataSource.setJndiService(registry.getService(JndiService.class));
        }
        if (delegate instanceof ServiceRegistryAwareService aware) {
            aware.injectServices(registry);
        }
    }

    @Override
    public void configure(Map<String, Object> settings) {
        if (delegate instanceof Configurable configurable) {
            configurable.configure(settings);
        }
    }

    @Override
    public void stop() {
        if (delegate instanceof Stoppable stoppable) {
            stoppable.stop();
        }
    }
}
