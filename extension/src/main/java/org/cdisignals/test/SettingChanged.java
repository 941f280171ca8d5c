package org.cdisignals.test;

/**
 * Django's {@code setting_changed}: fired by {@code org.cdisignals.settings.Settings.override(Map)} (and the
 * {@code org.cdisignals.testing.OverrideSetting} JUnit extension) for each overridden setting, in order: on entering with the new value,
 * on leaving with the restored one (null when the setting had no value). Fired without a sender qualifier.
 *
 * @param setting the setting's name
 * @param value   the value now in effect
 * @param enter   true when the override starts, false when it ends
 */
public record SettingChanged(String setting, Object value, boolean enter) {
}
