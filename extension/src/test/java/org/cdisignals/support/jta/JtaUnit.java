package org.cdisignals.support.jta;

import java.util.Map;

import jakarta.persistence.EntityManager;

import org.cdisignals.support.Databases;
import org.cdisignals.support.Fixture;

/**
 * The suite's JTA unit {@code polls-jta} on the selected provider and database, its data source enlisted in
 * Narayana's transactions, with the beans a test names: what a server gives an application.
 */
public final class JtaUnit {

    private JtaUnit() {
    }

    public static Fixture start(Class<?>... beans) {
        Map<String, Object> properties = Databases.properties();
        // The URL stays: Hibernate ORM 7 reads it to choose the dialect; the data source below takes precedence.
        Object url = properties.get("jakarta.persistence.jdbc.url");
        Object user = properties.remove("jakarta.persistence.jdbc.user");
        Object password = properties.remove("jakarta.persistence.jdbc.password");
        properties.put("jakarta.persistence.jtaDataSource",
                new EnlistingDataSource((String) url, (String) user, (String) password));
        return Fixture.start("polls-jta", properties, beans);
    }

    /** Begins a JTA transaction and returns a new entity manager joined to it; the caller ends both. */
    public static EntityManager begin(Fixture fixture) throws Exception {
        Jta.manager().begin();
        EntityManager em = fixture.factory().createEntityManager();
        em.joinTransaction();
        return em;
    }
}
