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
     * loader, or a server-wide copy of the jar) while an open persistence unit names no container: that unit's
     * signals could not be told apart from this one's.
     */
    static String anotherContainerRuns() {
        return "CDISIG-005: cdi-signals already serves another CDI container running in this class loader, and a"
                + " persistence unit open there was created without jakarta.persistence.bean.manager, so its signals"
                + " could not be told apart from this container's; this container does not start. Create every unit"
                + " with its container's BeanManager (Persistence.createEntityManagerFactory(unit,"
                + " Map.of(\"jakarta.persistence.bean.manager\", container.getBeanManager()))), shut the other"
                + " container down first, or give each application its own copy of the jar (WEB-INF/lib).";
    }

    /** A persistence unit that names no container is created while several run: whose signals would it send? */
    public static String unitNamesNoContainer(String unit) {
        return "CDISIG-006: persistence unit " + unit + " was created without jakarta.persistence.bean.manager while"
                + " several CDI containers use cdi-signals in this class loader; its signals could not be told apart,"
                + " so the unit does not start. Pass its container's BeanManager: Persistence.createEntityManagerFactory("
                + "unit, Map.of(\"jakarta.persistence.bean.manager\", container.getBeanManager())).";
    }

    /** A signal is sent, while several containers run, from outside any persistence unit that names its container. */
    static String unattributedSignal() {
        return "CDISIG-007: a signal was sent while several CDI containers use cdi-signals in this class loader, from"
                + " outside the callbacks of a persistence unit created with jakarta.persistence.bean.manager (a"
                + " provider without its adapter, a servlet filter, Flyway, an admin action); it is sent to no"
                + " container rather than to the wrong one. Logged once while several containers run.";
    }

    /** The library is used before the CDI container has started or after it stopped. */
    public static String notRunning() {
        return "CDISIG-004: cdi-signals is not running: the CDI container has not finished deployment validation"
                + " or has shut down (is the jar's extension loaded, i.e. META-INF/services intact?).";
    }

    /** An {@code @ObservesAsync} observer of a library signal whose record is valid only while it is being sent. */
    public static String asyncObserverOfBoundSignal(String observer, Class<?> signal, String component, Class<?> type) {
        return "CDISIG-010: observer method " + observer + " observes " + signal.getSimpleName()
                + " with @ObservesAsync, but its " + component + " (a " + type.getName() + ") is valid only while the"
                + " signal is being sent, in the sending thread; an asynchronous observer would use it after that."
                + " Observe it with @Observes and copy what you need.";
    }

    /** A transactional observer of a library signal failed in its phase; like the container's, logged only. */
    public static String deferredObserverFailed(String observer, Object event, Object phase) {
        return "CDISIG-011: transactional observer " + observer + " failed on " + event + " during " + phase
                + "; the failure is logged only, as for any transactional observer, and the others still ran.";
    }

    /** An asynchronous observer of a library signal failed; nobody holds the completion stage to see it. */
    public static String asyncObserverFailed(Object event) {
        return "CDISIG-012: an asynchronous observer failed on " + event + ".";
    }

    /** Observers of the signals a flush sent kept writing, round after round, without the flush ever settling. */
    public static String observersKeptWriting(String using, int rounds) {
        return "CDISIG-040: after " + rounds + " rounds of flushing what the Post* observers of persistence unit "
                + using + " wrote, they were still writing; the transaction is failed rather than leave their"
                + " writes unflushed (does an observer write on every signal it causes itself?).";
    }
}
