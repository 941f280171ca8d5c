package org.cdisignals.test;

import java.util.Map;

/**
 * Django's {@code template_rendered}: fired, only when template instrumentation is on, for every view the application
 * renders through a {@code RequestDispatcher} forward or include (a JSP, or any other dispatched path), just before
 * the view runs. Fired without a sender, as Django's test renderer sends it.
 *
 * @param template the dispatched path relative to the context, e.g. {@code /WEB-INF/views/hello.jsp}
 * @param context  an unmodifiable snapshot of the request attributes at dispatch time: the model the view sees
 */
public record TemplateRendered(String template, Map<String, Object> context) {
}
