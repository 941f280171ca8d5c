package org.cdisignals.internal;

/**
 * The core's messages ({@code CDISIG-001} to {@code CDISIG-099}; see the package description for every range), each
 * with a code to search for.
 */
public final class Messages {

    private Messages() {
    }

    public static String senderNotAnEntity(String observer, Class<?> eventClass, Class<?> sender) {
        return "CDISIG-001: observer method " + observer + " observes " + eventClass.getSimpleName()
                + " with @Sender(" + sender.getName() + ".class), but " + sender.getName()
                + " is not a JPA @Entity; model signals are only sent by entity classes.";
    }

    public static String senderContradictsType(String observer, Class<?> eventClass, Class<?> sender, String typeArgument) {
        return "CDISIG-002: observer method " + observer + " observes " + eventClass.getSimpleName() + "<"
                + typeArgument + "> with @Sender(" + sender.getName() + ".class); it can never be notified. Use "
                + eventClass.getSimpleName() + "<" + sender.getSimpleName() + "> or drop one of them.";
    }

    public static String robustReceiverFailed(String observer, Object event) {
        return "CDISIG-003: observer " + observer + " failed on " + event + " during sendRobust; the others still ran.";
    }

    /**
     * A second CDI container starts where the library already serves one (two Weld SE containers in one class
     * loader, or a server-wide copy of the jar): its units' signals could not be told apart from the first one's.
     */
    static String anotherContainerRuns() {
        return "CDISIG-005: cdi-signals already serves another CDI container running in this class loader; its"
                + " persistence units' signals cannot be told apart from this one's, so this container does not start."
                + " Shut the other container down first, or give each application its own copy of the jar (WEB-INF/lib).";
    }

    /** The library is used before the CDI container has started or after it stopped. */
    public static String notRunning() {
        return "CDISIG-004: cdi-signals is not running: the CDI container has not finished deployment validation"
                + " or has shut down (is the jar's extension loaded, i.e. META-INF/services intact?).";
    }
}
