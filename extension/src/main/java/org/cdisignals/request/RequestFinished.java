package org.cdisignals.request;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Django's {@code request_finished}: fired exactly once per request after the application has handled it, whatever
 * the outcome: when the filter chain returns or throws, or, for a request the application put into async mode, when
 * its async context completes (also when it was dispatched or completed before the filter returned, and after an
 * async error or timeout). Always after {@link RequestStarted} and any {@link GotRequestException}. The container's
 * error page for an escaped exception is rendered after this event. An observer that throws while the application's
 * exception escapes does not replace it (its exception is added to it as suppressed, and logged).
 *
 * @param sender  as in {@link RequestStarted}; fired qualified {@code @Sender(sender)}
 * @param request the request; for an async request, read it in the observer (the container recycles it afterwards)
 */
public record RequestFinished(Class<?> sender, HttpServletRequest request) {
}
