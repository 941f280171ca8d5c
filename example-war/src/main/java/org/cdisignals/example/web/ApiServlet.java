package org.cdisignals.example.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cdisignals.Vetoes;
import org.cdisignals.example.service.DeliberateRollback;
import org.cdisignals.example.service.NotFound;
import org.cdisignals.example.signals.QuestionRejected;

/**
 * What the API servlets share: reading parameters, writing JSON, and turning the service layer's exceptions into
 * statuses. Providers, transaction interceptors and a commit may wrap an observer's veto (as a cause, or suppressed
 * onto a checked {@code RollbackException} a proxy rethrows undeclared), so {@link Vetoes#find} looks for it.
 */
abstract class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiServlet.class.getName());

    /** Unprocessable Content: the request was understood, and an observer refused what it asked for. */
    static final int SC_REJECTED = 422;

    static final class BadRequest extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    /** The path below the servlet's mapping, split on '/', without empty segments. */
    static List<String> segments(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? List.of() : Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            throw new BadRequest("Parameter '" + name + "' is required");
        }
        return value.strip();
    }

    static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequest("Not an id: " + value);
        }
    }

    static List<Long> ids(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0) {
            throw new BadRequest("Parameter '" + name + "' is required");
        }
        return Arrays.stream(values).map(ApiServlet::id).toList();
    }

    /** Runs {@code action} and writes its JSON with {@code status}, or the error its exception stands for. */
    static void respond(HttpServletRequest request, HttpServletResponse response, int status, Supplier<String> action)
            throws IOException {
        String body;
        try {
            body = action.get();
        } catch (Exception e) {
            // Exception, not RuntimeException: a veto at commit arrives as a checked RollbackException, undeclared.
            status = statusOf(e);
            body = Json.error(messageOf(e));
            if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                    && Vetoes.find(e, DeliberateRollback.class).isEmpty()) {
                LOG.log(Level.WARNING, "Failed: " + request.getMethod() + " " + request.getRequestURI(), e);
            }
        }
        response.setStatus(status);
        response.setContentType(Json.CONTENT_TYPE);
        response.getWriter().write(body);
    }

    static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(Json.CONTENT_TYPE);
        response.getWriter().write(Json.error("No such endpoint: " + request.getMethod() + " " + request.getRequestURI()));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        // Form posts carry no charset; the example's pages send UTF-8.
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
        super.service(request, response);
    }

    private static int statusOf(Exception e) {
        if (Vetoes.find(e, BadRequest.class).isPresent()) {
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        if (Vetoes.find(e, NotFound.class).isPresent()) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (Vetoes.find(e, QuestionRejected.class).isPresent()) {
            return SC_REJECTED;
        }
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The message of the exception the status stands for: the observer's own for a veto. */
    private static String messageOf(Exception e) {
        return Stream.of(BadRequest.class, NotFound.class, QuestionRejected.class, DeliberateRollback.class)
                .flatMap(type -> Vetoes.find(e, type).stream()).findFirst().map(Throwable::getMessage)
                .orElse(e.toString());
    }
}
