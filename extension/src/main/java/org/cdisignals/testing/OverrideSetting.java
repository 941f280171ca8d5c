package org.cdisignals.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Django's {@code @override_settings} for JUnit 5: the setting has {@link #value()} while each test runs (on a test
 * class: every test of it; on a method: that test, after the class's), through {@link org.cdisignals.settings.Settings#override}, so
 * {@link org.cdisignals.test.SettingChanged} observers are notified on entering and leaving. Needs a running CDI container (Weld SE in
 * the test, or the server under Arquillian) when the test starts.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(OverrideSetting.List.class)
@ExtendWith(OverrideSettingsExtension.class)
public @interface OverrideSetting {

    /** The setting's name. */
    String name();

    /** Its value during the test. */
    String value();

    /** Several settings, in order. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ExtendWith(OverrideSettingsExtension.class)
    @interface List {
        OverrideSetting[] value();
    }
}
