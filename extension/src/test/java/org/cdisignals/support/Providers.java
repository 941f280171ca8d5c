package org.cdisignals.support;

/** The JPA provider the suite runs on, chosen by the {@code test.provider} system property. */
public final class Providers {

    private Providers() {
    }

    public static String name() {
        return System.getProperty("test.provider", "eclipselink");
    }

    public static boolean isHibernate() {
        return "hibernate".equals(name());
    }

    /** The persistence unit for {@code unit} on the selected provider. */
    public static String unit(String unit) {
        return isHibernate() ? unit + "-hibernate" : unit;
    }
}
