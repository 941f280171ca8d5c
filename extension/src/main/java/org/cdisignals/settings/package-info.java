/**
 * The settings API: {@link org.cdisignals.settings.Settings}, Django's {@code settings} with
 * {@code override_settings}, read from the active overrides, MicroProfile Config when present, then system
 * properties; overriding sends {@code org.cdisignals.test.SettingChanged}.
 */
package org.cdisignals.settings;
