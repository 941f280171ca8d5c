package org.cdisignals.settings;

import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;

/** The MicroProfile Config lookup, loaded only when {@link #available()} found an implementation. */
final class MicroProfileSettings {

    private MicroProfileSettings() {
    }

    /** Whether MicroProfile Config and an implementation of it are on the class path. */
    static boolean available() {
        try {
            Class.forName("org.eclipse.microprofile.config.ConfigProvider", false, MicroProfileSettings.class.getClassLoader());
            ConfigProvider.getConfig();
            return true;
        } catch (ClassNotFoundException | LinkageError | IllegalStateException | java.util.ServiceConfigurationError absent) {
            return false;
        }
    }

    static Optional<String> lookup(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class);
    }
}
