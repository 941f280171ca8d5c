package org.cdisignals.internal;

/**
 * The CDI container one persistence unit belongs to, as {@link SignalsRuntime} knows it: the container's
 * {@link SignalsExtension}, found through the {@code BeanManager} the unit was created with, or none when the unit
 * was not given one. Compared by identity: two units of the same name in two containers are two bindings.
 */
public final class Binding {

    private final SignalsExtension extension;
    private final String unit;

    Binding(SignalsExtension extension, String unit) {
        this.extension = extension;
        this.unit = unit;
    }

    /** Whether the unit names its container, so that its signals can be routed to it. */
    public boolean routed() {
        return extension != null;
    }

    /** The running dispatcher of the unit's container, or null when it has not started or has shut down. */
    Dispatcher dispatcher() {
        return extension == null ? null : extension.dispatcher();
    }

    String unit() {
        return unit;
    }
}
