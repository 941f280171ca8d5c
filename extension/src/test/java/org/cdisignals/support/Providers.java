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

    /**
     * The version of the selected provider on the class path, as it reports itself: the extension's own suite runs
     * on the versions the jar is compiled against, the next-providers module on Hibernate ORM 7 and EclipseLink 5.
     */
    public static String version() {
        return isHibernate() ? org.hibernate.Version.getVersionString() : org.eclipse.persistence.Version.getVersion();
    }

    /** The provider version the build means to run on ({@code test.provider.version}), or null when unsaid. */
    public static String expectedVersion() {
        String expected = System.getProperty("test.provider.version", "");
        return expected.isBlank() ? null : expected;
    }

    /** The persistence unit for {@code unit} on the selected provider. */
    public static String unit(String unit) {
        return isHibernate() ? unit + "-hibernate" : unit;
    }
}
