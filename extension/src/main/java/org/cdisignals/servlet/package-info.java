/**
 * The servlet emitters: {@link org.cdisignals.servlet.RequestSignalsFilter} (request signals) and
 * {@link org.cdisignals.servlet.TemplateSignalsFilter} ({@code TemplateRendered}), registered in every web
 * application that has the jar in {@code WEB-INF/lib} by the jar's {@code META-INF/web-fragment.xml}.
 */
package org.cdisignals.servlet;
