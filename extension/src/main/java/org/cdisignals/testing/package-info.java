/**
 * Test support, never used by the runtime: the {@link org.cdisignals.testing.OverrideSetting} JUnit 5 extension
 * (Django's {@code @override_settings}) and {@link org.cdisignals.testing.TemplateAssertions} (Django's
 * {@code assertTemplateUsed}). The JUnit API is needed only by the former, on a test class path.
 */
package org.cdisignals.testing;
