package org.cdisignals.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/**
 * Which events are the library's own signals: the records of the {@code org.cdisignals} packages, however an
 * observer names them ({@code PostSave<Question>}, {@code PostSave<?>}, the raw {@code PostSave}).
 */
final class LibrarySignals {

    private static final String PREFIX = "org.cdisignals.";

    // Held by name: the core runs without the servlet API.
    private static final String SERVLET_REQUEST = "jakarta.servlet.ServletRequest";

    private LibrarySignals() {
    }

    /** The library signal class an observer of {@code observed} receives, or null when it is no library signal. */
    static Class<?> of(Type observed) {
        Class<?> raw = observed instanceof Class<?> c ? c
                : observed instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
        return raw != null && raw.isRecord() && raw.getName().startsWith(PREFIX) ? raw : null;
    }

    /**
     * The component of {@code signal} that is valid only while the signal is being sent, in the thread that sends it,
     * or null: a servlet request (the container recycles it once the request ends) or a JDBC connection (the
     * provider uses it right after the signal).
     */
    static RecordComponent boundToTheSendingThread(Class<?> signal) {
        for (RecordComponent component : signal.getRecordComponents()) {
            Class<?> type = component.getType();
            if (java.sql.Connection.class.isAssignableFrom(type) || is(type, SERVLET_REQUEST)) {
                return component;
            }
        }
        return null;
    }

    private static boolean is(Class<?> type, String name) {
        if (type == null) {
            return false;
        }
        if (type.getName().equals(name)) {
            return true;
        }
        for (Class<?> implemented : type.getInterfaces()) {
            if (is(implemented, name)) {
                return true;
            }
        }
        return is(type.getSuperclass(), name);
    }
}
