package org.cdisignals.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The connection properties of the database the suite runs against, chosen by the {@code test.db} system property:
 * {@code h2} (in memory, the default), {@code postgresql} or {@code mariadb} (the servers on localhost).
 */
public final class Databases {

    private static final AtomicInteger H2_DATABASES = new AtomicInteger();

    private Databases() {
    }

    public static String name() {
        return System.getProperty("test.db", "h2");
    }

    /** JDBC and schema properties for a fresh schema of the selected database. */
    public static Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        switch (name()) {
            case "h2" -> {
                properties.put("jakarta.persistence.jdbc.url",
                        "jdbc:h2:mem:signals" + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
                properties.put("jakarta.persistence.jdbc.user", "sa");
                properties.put("jakarta.persistence.jdbc.password", "");
            }
            case "postgresql" -> {
                properties.put("jakarta.persistence.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test");
                properties.put("jakarta.persistence.jdbc.user", "postgres");
                properties.put("jakarta.persistence.jdbc.password", "");
            }
            case "mariadb" -> {
                properties.put("jakarta.persistence.jdbc.url", "jdbc:mariadb://127.0.0.1:3306/test");
                properties.put("jakarta.persistence.jdbc.user", "root");
                properties.put("jakarta.persistence.jdbc.password", "");
            }
            default -> throw new IllegalArgumentException("test.db must be h2, postgresql or mariadb: " + name());
        }
        properties.put("jakarta.persistence.schema-generation.database.action", "drop-and-create");
        properties.put("eclipselink.logging.level", "SEVERE");
        properties.put("hibernate.connection.pool_size", "10");
        return properties;
    }
}
