package org.cdisignals;

/**
 * How one observer fared in {@link Signals#sendRobust(Class, Object)}, like one {@code (receiver, response)} pair of
 * Django's {@code send_robust}.
 *
 * @param receiver the observer method, as {@code BeanClass.method}
 * @param failure  what it threw, or null when it returned normally
 */
public record SignalResult(String receiver, Throwable failure) {

    /** The observer returned normally. */
    public static SignalResult ok(String receiver) {
        return new SignalResult(receiver, null);
    }

    /** The observer threw {@code failure}. */
    public static SignalResult failed(String receiver, Throwable failure) {
        return new SignalResult(receiver, failure);
    }

    /** Whether the observer returned normally. */
    public boolean isOk() {
        return failure == null;
    }
}
