package org.cdisignals.servlet;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.util.AnnotationLiteral;

/**
 * Puts {@link ResourceExceptionInterceptor} on the JAX-RS resource classes ({@code @Path}) and exception mappers of
 * the application that are CDI beans, so that {@code GotRequestException} is sent for a resource's exception that
 * the implementation's default handling maps to 500 (see {@link RequestSignalsFilter}). The JAX-RS types are matched
 * by name: the application may have no JAX-RS at all, and the library has no dependency on it.
 */
public class ResourceExceptionsExtension implements Extension {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String EXCEPTION_MAPPER = "jakarta.ws.rs.ext.ExceptionMapper";

    @SuppressWarnings("serial")
    private static final Annotation BINDING = new AnnotationLiteral<ReportsResourceExceptions>() {
    };

    void addInterceptor(@Observes BeforeBeanDiscovery discovery) {
        // The jar is no bean archive (it carries extensions and no beans.xml), so the interceptor is added by hand.
        discovery.addAnnotatedType(ResourceExceptionInterceptor.class, ResourceExceptionInterceptor.class.getName());
    }

    <T> void bind(@Observes ProcessAnnotatedType<T> event) {
        AnnotatedType<T> type = event.getAnnotatedType();
        Class<T> javaClass = type.getJavaClass();
        if ((isResource(type) || isExceptionMapper(javaClass)) && interceptable(javaClass)) {
            event.configureAnnotatedType().add(BINDING);
        }
    }

    static boolean isExceptionMapper(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> implemented : c.getInterfaces()) {
                if (implemented.getName().equals(EXCEPTION_MAPPER) || isExceptionMapper(implemented)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isResource(AnnotatedType<?> type) {
        return type.getAnnotations().stream().anyMatch(a -> a.annotationType().getName().equals(PATH));
    }

    /**
     * A class-level binding on a final class, or one with a final method, is a definition error that would fail the
     * application's deployment; such a class goes without (its exceptions are then reported as the servlet sees them).
     */
    private static boolean interceptable(Class<?> type) {
        if (type.isInterface() || Modifier.isFinal(type.getModifiers())) {
            return false;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isFinal(modifiers) && !Modifier.isStatic(modifiers) && !Modifier.isPrivate(modifiers)) {
                    return false;
                }
            }
        }
        return true;
    }
}
