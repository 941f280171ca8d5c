package org.cdisignals.hibernate;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.util.Map;

import org.cdisignals.spi.ConnectionEmitter;
import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.internal.ConnectionProviderInitiator;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.service.spi.ServiceContributor;
import org.hibernate.service.spi.ServiceRegistryImplementor;
import org.hibernate.tool.schema.internal.SchemaManagementToolInitiator;
import org.hibernate.tool.schema.spi.SchemaManagementTool;

/**
 * Discovered by Hibernate through {@code META-INF/services}, like {@link HibernateSignals}: an {@code Integrator}
 * comes too late to see connections and schema generation, so this wraps the two services Hibernate builds for them.
 * Each wrapper is built around whatever Hibernate's own initiator chose, so the unit's configuration is unchanged.
 *
 * <p>On a Hibernate the adapter cannot serve ({@code CDISIG-050}) it contributes nothing; a wrapper that fails to
 * link ({@code CDISIG-052}) is left out and Hibernate's own service is used.
 */
public class SignalsServiceContributor implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder builder) {
        try {
            String missing = HibernateSupport.missing();
            if (missing != null) {
                HibernateSupport.standAside(unit(builder.getSettings()), missing);
                return;
            }
            builder.addInitiator(new ConnectionInitiator());
            builder.addInitiator(new SchemaToolInitiator());
        } catch (LinkageError e) {
            HibernateSupport.linkageFailed(unit(builder.getSettings()), "contributing services", e);
        }
    }

    private static final class ConnectionInitiator implements StandardServiceInitiator<ConnectionProvider> {
        @Override
        public Class<ConnectionProvider> getServiceInitiated() {
            return ConnectionProvider.class;
        }

        @Override
        public ConnectionProvider initiateService(Map<String, Object> settings, ServiceRegistryImplementor registry) {
            ConnectionProvider provider = ConnectionProviderInitiator.INSTANCE.initiateService(settings, registry);
            // Null under multi-tenancy, where Hibernate uses another service.
            if (provider == null) {
                return null;
            }
            try {
                return announcing(provider, unit(settings));
            } catch (LinkageError | RuntimeException e) {
                if (e instanceof LinkageError error) {
                    HibernateSupport.linkageFailed(unit(settings), "wrapping the connection provider", error);
                }
                return provider;
            }
        }
    }

    private static final class SchemaToolInitiator implements StandardServiceInitiator<SchemaManagementTool> {
        @Override
        public Class<SchemaManagementTool> getServiceInitiated() {
            return SchemaManagementTool.class;
        }

        @Override
        public SchemaManagementTool initiateService(Map<String, Object> settings, ServiceRegistryImplementor registry) {
            SchemaManagementTool tool = SchemaManagementToolInitiator.INSTANCE.initiateService(settings, registry);
            try {
                return MigratingSchemaTool.wrap(tool, unit(settings));
            } catch (LinkageError e) {
                HibernateSupport.linkageFailed(unit(settings), "wrapping the schema management tool", e);
                return tool;
            }
        }
    }

    /**
     * The unit's connection provider, announcing each connection the first time it hands it out (Hibernate runs
     * nothing on a connection before it has it): {@code getConnection()}, and on Hibernate 7 also the credentials
     * and read-only variants.
     */
    static ConnectionProvider announcing(ConnectionProvider delegate, String using) {
        return ServiceWrapper.wrap(ConnectionProvider.class, delegate, (method, args) -> {
            String name = method.getName();
            if (!(name.equals("getConnection") || name.equals("getReadOnlyConnection"))
                    || method.getReturnType() != Connection.class) {
                return ServiceWrapper.Interceptor.NOT_INTERCEPTED;
            }
            Connection connection = (Connection) ServiceWrapper.call(delegate, method, args);
            try {
                ConnectionEmitter.obtained(connection, using);
            } catch (RuntimeException failure) {
                release(delegate, name, connection);
                throw failure;
            }
            return connection;
        });
    }

    private static void release(ConnectionProvider delegate, String obtainedBy, Connection connection)
            throws Throwable {
        if (obtainedBy.equals("getReadOnlyConnection")) {
            Method close = ConnectionProvider.class.getMethod("closeReadOnlyConnection", Connection.class);
            ServiceWrapper.call(delegate, close, new Object[] {connection});
        } else {
            delegate.closeConnection(connection);
        }
    }

    private static String unit(Map<String, Object> settings) {
        Object unit = settings.get(AvailableSettings.PERSISTENCE_UNIT_NAME);
        return unit == null ? null : unit.toString();
    }
}
