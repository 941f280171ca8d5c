package org.cdisignals.hibernate;

import java.util.Map;

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
 */
public class SignalsServiceContributor implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder builder) {
        builder.addInitiator(new StandardServiceInitiator<ConnectionProvider>() {
            @Override
            public Class<ConnectionProvider> getServiceInitiated() {
                return ConnectionProvider.class;
            }

            @Override
            public ConnectionProvider initiateService(Map<String, Object> settings, ServiceRegistryImplementor registry) {
                ConnectionProvider provider = ConnectionProviderInitiator.INSTANCE.initiateService(settings, registry);
                // Null under multi-tenancy, where Hibernate uses another service.
                return provider == null ? null : new AnnouncingConnectionProvider(provider, unit(settings));
            }
        });
        builder.addInitiator(new StandardServiceInitiator<SchemaManagementTool>() {
            @Override
            public Class<SchemaManagementTool> getServiceInitiated() {
                return SchemaManagementTool.class;
            }

            @Override
            public SchemaManagementTool initiateService(Map<String, Object> settings,
                                                        ServiceRegistryImplementor registry) {
                return new MigratingSchemaTool(SchemaManagementToolInitiator.INSTANCE.initiateService(settings, registry),
                        unit(settings));
            }
        });
    }

    private static String unit(Map<String, Object> settings) {
        Object unit = settings.get(AvailableSettings.PERSISTENCE_UNIT_NAME);
        return unit == null ? null : unit.toString();
    }
}
