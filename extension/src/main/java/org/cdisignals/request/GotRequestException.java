package org.cdisignals.request;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Django's {@code got_request_exception}: fired when an exception escapes the application's filters and servlet,
 * when the container reports an async error, or when a JAX-RS resource method (a CDI bean) throws and the
 * implementation's default handling answers 5xx; before {@link RequestFinished}, at most once per request. Statuses
 * the application sets itself ({@code sendError}, 4xx, 404), exceptions the application's own JAX-RS
 * {@code ExceptionMapper}s answer, and {@code WebApplicationException}s fire nothing. The exception is then
 * re-thrown unchanged, so the container's error handling is untouched; an observer that throws does not replace it
 * (its exception is added to it as suppressed, and logged).
 *
 * @param sender    as in {@link RequestStarted}; fired qualified {@code @Sender(sender)}
 * @param request   the request
 * @param exception the exception exactly as it escaped (a {@code ServletException} is not unwrapped), except for a
 *                  JAX-RS resource's: the one the resource method threw, on every server
 */
public record GotRequestException(Class<?> sender, HttpServletRequest request, Throwable exception) {
}
