package org.cdisignals.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.cdisignals.settings.Settings;
import org.cdisignals.support.EventLog;
import org.cdisignals.test.SettingChanged;
import org.cdisignals.support.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The JUnit 5 extension, used as a test would use it; the second test sees what the first one's exit sent. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@OverrideSetting(name = "cdisignals.test.mode", value = "class")
class OverrideSettingTest {

    private static Fixture fixture;

    @BeforeAll
    static void start() {
        fixture = Fixture.start(Recorder.class);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    @Order(1)
    @OverrideSetting(name = "cdisignals.test.mode", value = "method")
    @OverrideSetting(name = "cdisignals.test.size", value = "large")
    void aMethodsSettingsApplyAfterTheClasssDuringTheTest() {
        Settings settings = fixture.bean(Settings.class);
        assertEquals("method", settings.get("cdisignals.test.mode", "none"));
        assertEquals("large", settings.get("cdisignals.test.size", "none"));
        assertEquals(List.of("enter cdisignals.test.mode=method", "enter cdisignals.test.size=large"),
                fixture.log().lines());
    }

    @Test
    @Order(2)
    void theNextTestSeesTheExitNotificationsAndOnlyTheClasssSetting() {
        Settings settings = fixture.bean(Settings.class);
        assertEquals("class", settings.get("cdisignals.test.mode", "none"));
        assertEquals("none", settings.get("cdisignals.test.size", "none"));
        assertEquals(List.of("enter cdisignals.test.mode=method", "enter cdisignals.test.size=large",
                "exit cdisignals.test.mode=null", "exit cdisignals.test.size=null",
                "enter cdisignals.test.mode=class"), fixture.log().lines());
    }

    @ApplicationScoped
    static class Recorder {
        @Inject
        EventLog log;

        void changed(@Observes SettingChanged e) {
            log.add((e.enter() ? "enter " : "exit ") + e.setting() + "=" + e.value());
        }
    }
}
