package org.cdisignals.request;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Django's {@code request_started}: fired when the container hands a request to the application, before any other
 * filter or the servlet runs. Once per request; forwards, includes, error pages and async re-dispatches of the same
 * request fire nothing more.
 *
 * @param sender  the class of the servlet the request is mapped to (the container's own default servlet when no
 *                application servlet serves it), or {@code HttpServlet.class} when the application cannot load that
 *                class; fired qualified {@code @Sender(sender)}
 * @param request the request, as the container passed it
 */
public record RequestStarted(Class<?> sender, HttpServletRequest request) {
}
