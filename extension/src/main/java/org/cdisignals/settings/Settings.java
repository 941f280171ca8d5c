package org.cdisignals.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cdisignals.SignalResult;
import org.cdisignals.Signals;
import org.cdisignals.test.SettingChanged;

/**
 * The application's settings, and Django's {@code override_settings} for tests.
 *
 * <p>A setting is read from the active overrides first, then from MicroProfile Config when it is on the class path,
 * then from the system properties. {@link #override(Map)} changes settings until the returned handle is closed and
 * sends {@link SettingChanged} as Django does: on entering, for each setting in order with its new value; on
 * leaving, for each setting with its restored value, notifying every observer even when one fails and throwing the
 * first failure afterwards. If an observer fails on entering, the override is undone (with its leaving
 * notifications) and that failure is thrown.
 *
 * <p>Overrides are global to the application, like Django's: tests that override settings should not run in
 * parallel with tests that read them.
 */
@ApplicationScoped
public class Settings {

    private static final Object ABSENT = new Object();

    private final Map<String, Object> overrides = new ConcurrentHashMap<>();

    @Inject
    Signals signals;

    /** The setting's value, if it has one. */
    public Optional<String> get(String name) {
        Objects.requireNonNull(name, "name");
        Object overridden = overrides.get(name);
        if (overridden != null) {
            return overridden == ABSENT ? Optional.empty() : Optional.of(String.valueOf(overridden));
        }
        Optional<String> configured = ConfigSource.lookup(name);
        return configured.isPresent() ? configured : Optional.ofNullable(System.getProperty(name));
    }

    /** The setting's value, or {@code fallback} when it has none. */
    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    /**
     * Overrides the given settings, in the map's iteration order (use a {@code LinkedHashMap} or {@code Map.of} with
     * one entry when order matters), until the returned handle is closed. A null value removes the setting.
     */
    public Override override(Map<String, ?> values) {
        Override override = new Override(new LinkedHashMap<>(values));
        override.enter();
        return override;
    }

    /** An active override; closing it restores the previous values and sends the leaving notifications. */
    public final class Override implements AutoCloseable {

        private final Map<String, ?> values;
        private final Map<String, Object> previous = new LinkedHashMap<>();
        private boolean closed;

        private Override(Map<String, ?> values) {
            this.values = values;
        }

        private void enter() {
            // null records "not overridden before", so that closing removes the override instead of restoring one.
            values.forEach((name, value) -> previous.put(name, overrides.get(name)));
            values.forEach((name, value) -> overrides.put(name, value == null ? ABSENT : value));
            try {
                values.forEach((name, value) -> signals.send(null, new SettingChanged(name, value, true)));
            } catch (RuntimeException failure) {
                try {
                    close();
                } catch (RuntimeException alsoOnExit) {
                    failure.addSuppressed(alsoOnExit);
                }
                throw failure;
            }
        }

        /** Restores the settings and notifies every observer of each; throws the first observer failure. */
        @java.lang.Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            previous.forEach((name, value) -> {
                if (value == null) {
                    overrides.remove(name);
                } else {
                    overrides.put(name, value);
                }
            });
            List<RuntimeException> failures = new ArrayList<>();
            for (String name : values.keySet()) {
                SettingChanged restored = new SettingChanged(name, get(name).orElse(null), false);
                for (SignalResult result : signals.sendRobust(null, restored)) {
                    if (!result.isOk()) {
                        failures.add(result.failure() instanceof RuntimeException runtime
                                ? runtime : new IllegalStateException(result.failure()));
                    }
                }
            }
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
        }
    }
}
