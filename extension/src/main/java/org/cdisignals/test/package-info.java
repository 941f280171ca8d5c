/**
 * Test signals, Django's {@code django.test.signals}: {@link org.cdisignals.test.SettingChanged}, sent by the
 * {@code org.cdisignals.settings.Settings} override API, and {@link org.cdisignals.test.TemplateRendered}, sent by the
 * template emitters. The JUnit support that uses them is in {@code org.cdisignals.testing}.
 */
package org.cdisignals.test;
