package org.cdisignals.servlet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Binds {@link ResourceExceptionInterceptor}. {@link ResourceExceptionsExtension} adds it to every JAX-RS resource
 * class and exception mapper that is a CDI bean; an application does not use it itself.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReportsResourceExceptions {
}
