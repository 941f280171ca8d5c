package org.cdisignals.settings;

import java.util.Optional;

/**
 * Reads settings from MicroProfile Config when the application has it; the MicroProfile classes are only touched
 * (through {@link MicroProfileSettings}) once their presence is known, so the jar works without them.
 */
final class ConfigSource {

    private static final boolean MICROPROFILE = MicroProfileSettings.available();

    private ConfigSource() {
    }

    static Optional<String> lookup(String name) {
        return MICROPROFILE ? MicroProfileSettings.lookup(name) : Optional.empty();
    }
}
