/**
 * Request signals, Django's {@code django.core.signals}: fired by {@link org.cdisignals.servlet.RequestSignalsFilter},
 * which the jar's {@code META-INF/web-fragment.xml} registers in every web application that has the jar in
 * {@code WEB-INF/lib}, helped for JAX-RS resources by {@link org.cdisignals.servlet.ResourceExceptionInterceptor}.
 * Each is fired qualified {@code @Sender(<servlet class>)}. The context parameter
 * {@code org.cdisignals.request.enabled=false} switches them off.
 */
package org.cdisignals.request;
