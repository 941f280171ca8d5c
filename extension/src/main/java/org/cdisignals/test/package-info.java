/**
 * Test signals, Django's {@code django.test.signals}: {@link org.cdisignals.test.SettingChanged} with the
 * {@link org.cdisignals.test.Settings} override API and the {@link org.cdisignals.test.OverrideSetting} JUnit 5
 * extension, and template rendering for tests.
 */
package org.cdisignals.test;
