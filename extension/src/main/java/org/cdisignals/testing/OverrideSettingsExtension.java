package org.cdisignals.testing;

import java.lang.reflect.AnnotatedElement;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.inject.spi.CDI;

import org.cdisignals.settings.Settings;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Applies the {@link OverrideSetting}s of a test class and method around each test. */
public class OverrideSettingsExtension implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OverrideSettingsExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Map<String, String> values = new LinkedHashMap<>();
        collect(context.getRequiredTestClass(), values);
        collect(context.getRequiredTestMethod(), values);
        if (!values.isEmpty()) {
            Settings settings = CDI.current().select(Settings.class).get();
            context.getStore(NAMESPACE).put(Settings.Override.class, settings.override(values));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Settings.Override override = context.getStore(NAMESPACE).remove(Settings.Override.class, Settings.Override.class);
        if (override != null) {
            override.close();
        }
    }

    private static void collect(AnnotatedElement element, Map<String, String> values) {
        for (OverrideSetting setting : AnnotationSupport.findRepeatableAnnotations(element, OverrideSetting.class)) {
            values.put(setting.name(), setting.value());
        }
    }
}
