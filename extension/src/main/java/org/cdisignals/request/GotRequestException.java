package org.cdisignals.request;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Django's {@code got_request_exception}: fired when an exception escapes the application's filters and servlet (or,
 * for an async request, when the container reports an async error), before {@link RequestFinished}. At most once per
 * request. Statuses the application sets itself ({@code sendError}, 4xx, 404) fire nothing. The exception is then
 * re-thrown unchanged, so the container's error handling is untouched; an observer that throws does not replace it
 * (its exception is added to it as suppressed).
 *
 * @param sender    as in {@link RequestStarted}; fired qualified {@code @Sender(sender)}
 * @param request   the request
 * @param exception the exception exactly as it escaped (a {@code ServletException} is not unwrapped)
 */
public record GotRequestException(Class<?> sender, HttpServletRequest request, Throwable exception) {
}
