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

    /**
     * Whether the provider tells the adapter when a flush ends, so that an observer may write during it: Hibernate
     * does, EclipseLink from 4.0.4 on (Payara 6 ships 4.0.1, GlassFish 7 4.0.3), where an observer's write during
     * {@code em.flush()} fails it with {@code CDISIG-054}.
     */
    public static boolean flushEvents() {
        if (isHibernate()) {
            return true;
        }
        try {
            org.eclipse.persistence.sessions.SessionEventListener.class.getMethod("preFlushUnitOfWork",
                    org.eclipse.persistence.sessions.SessionEvent.class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The reason a test that writes from an observer during a flush gives where {@link #flushEvents()} is false. */
    public static final String NO_FLUSH_EVENTS = "EclipseLink before 4.0.4 raises no flush events: an observer that"
            + " writes during em.flush() fails the flush (CDISIG-054), proven by JtaObserverWritesTest";

    /** The persistence unit for {@code unit} on the selected provider. */
    public static String unit(String unit) {
        return isHibernate() ? unit + "-hibernate" : unit;
    }
}
