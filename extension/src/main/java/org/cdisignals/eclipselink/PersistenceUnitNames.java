package org.cdisignals.eclipselink;

import org.eclipse.persistence.internal.jpa.EntityManagerFactoryProvider;
import org.eclipse.persistence.internal.jpa.EntityManagerSetupImpl;
import org.eclipse.persistence.sessions.Session;

/**
 * The persistence unit name of an EclipseLink session. The session's own name mixes in the unit's root URL and
 * connection properties, so the name is read from the unit's setup, which EclipseLink registers by session name
 * for both application-managed and container-managed units.
 */
final class PersistenceUnitNames {

    private PersistenceUnitNames() {
    }

    static String of(Session session) {
        EntityManagerSetupImpl setup = EntityManagerFactoryProvider.getEntityManagerSetupImpl(session.getName());
        return setup == null ? session.getName() : setup.getPersistenceUnitInfo().getPersistenceUnitName();
    }
}
