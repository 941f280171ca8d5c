package org.cdisignals.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.cdisignals.support.EventLog;
import org.cdisignals.test.SettingChanged;
import org.cdisignals.support.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private Fixture fixture;
    private Settings settings;

    @BeforeEach
    void start() {
        fixture = Fixture.start(Recorder.class);
        settings = fixture.bean(Settings.class);
        System.setProperty("cdisignals.test.colour", "blue");
    }

    @AfterEach
    void close() {
        System.clearProperty("cdisignals.test.colour");
        fixture.close();
    }

    @Test
    void aSettingIsReadFromMicroProfileConfigAndSystemProperties() {
        assertEquals(Optional.of("hello from microprofile-config.properties"), settings.get("cdisignals.example.greeting"));
        assertEquals("blue", settings.get("cdisignals.test.colour", "none"));
        assertEquals("none", settings.get("cdisignals.test.missing", "none"));
    }

    @Test
    void overrideSendsEnterForEachSettingInOrderThenExitWithTheRestoredValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("cdisignals.test.colour", "red");
        values.put("cdisignals.test.size", "large");

        try (Settings.Override override = settings.override(values)) {
            assertEquals("red", settings.get("cdisignals.test.colour", "none"));
            assertEquals("large", settings.get("cdisignals.test.size", "none"));
        }

        assertEquals("blue", settings.get("cdisignals.test.colour", "none"));
        assertEquals(Optional.empty(), settings.get("cdisignals.test.size"));
        assertEquals(List.of("enter cdisignals.test.colour=red", "enter cdisignals.test.size=large",
                "exit cdisignals.test.colour=blue", "exit cdisignals.test.size=null"), fixture.log().lines());
    }

    @Test
    void nestedOverridesRestoreTheOuterValue() {
        try (Settings.Override outer = settings.override(Map.of("cdisignals.test.colour", "red"))) {
            try (Settings.Override inner = settings.override(Map.of("cdisignals.test.colour", "green"))) {
                assertEquals("green", settings.get("cdisignals.test.colour", "none"));
            }
            assertEquals("red", settings.get("cdisignals.test.colour", "none"));
        }
        assertEquals("blue", settings.get("cdisignals.test.colour", "none"));
    }

    @Test
    void aNullValueRemovesTheSettingWhileOverridden() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("cdisignals.test.colour", null);
        try (Settings.Override override = settings.override(values)) {
            assertEquals(Optional.empty(), settings.get("cdisignals.test.colour"));
        }
        assertEquals("blue", settings.get("cdisignals.test.colour", "none"));
    }

    @Test
    void leavingNotifiesEveryObserverEvenWhenOneFailsThenThrowsTheFirstFailure() {
        fixture.close();
        fixture = Fixture.start(Recorder.class, FailingOnExit.class);
        settings = fixture.bean(Settings.class);
        Settings.Override override = settings.override(Map.of("cdisignals.test.colour", "red"));

        IllegalStateException thrown = assertThrows(IllegalStateException.class, override::close);

        assertEquals("cannot restore", thrown.getMessage());
        assertEquals(List.of("enter cdisignals.test.colour=red", "exit cdisignals.test.colour=blue"),
                fixture.log().lines());
        assertEquals("blue", settings.get("cdisignals.test.colour", "none"));
    }

    @Test
    void aFailureOnEnteringUndoesTheOverrideAndIsThrown() {
        fixture.close();
        fixture = Fixture.start(Recorder.class, FailingOnEnter.class);
        settings = fixture.bean(Settings.class);

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> settings.override(Map.of("cdisignals.test.colour", "red")));

        assertEquals("refused", thrown.getMessage());
        assertEquals("blue", settings.get("cdisignals.test.colour", "none"));
        assertEquals(List.of("exit cdisignals.test.colour=blue"), fixture.log().lines());
    }

    @ApplicationScoped
    static class Recorder {
        @Inject
        EventLog log;

        void changed(@Observes @Priority(2) SettingChanged e) {
            log.add((e.enter() ? "enter " : "exit ") + e.setting() + "=" + e.value());
        }
    }

    @ApplicationScoped
    static class FailingOnExit {
        void fail(@Observes @Priority(1) SettingChanged e) {
            if (!e.enter()) {
                throw new IllegalStateException("cannot restore");
            }
        }
    }

    @ApplicationScoped
    static class FailingOnEnter {
        void fail(@Observes @Priority(1) SettingChanged e) {
            if (e.enter()) {
                throw new IllegalStateException("refused");
            }
        }
    }
}
