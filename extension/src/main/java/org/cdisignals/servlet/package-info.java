/**
 * The servlet emitters: {@link org.cdisignals.servlet.RequestSignalsFilter} (request signals) and
 * {@link org.cdisignals.servlet.TemplateSignalsFilter} ({@code TemplateRendered}), registered in every web
 * application that has the jar in {@code WEB-INF/lib} by the jar's {@code META-INF/web-fragment.xml}; and, for the
 * exceptions a JAX-RS implementation answers without letting them reach the filter, the CDI extension
 * {@link org.cdisignals.servlet.ResourceExceptionsExtension} (in {@code META-INF/services}) with its interceptor.
 */
package org.cdisignals.servlet;
