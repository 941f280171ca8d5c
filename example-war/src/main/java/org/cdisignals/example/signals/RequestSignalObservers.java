package org.cdisignals.example.signals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.cdisignals.request.GotRequestException;
import org.cdisignals.request.RequestFinished;
import org.cdisignals.request.RequestStarted;
import org.cdisignals.test.TemplateRendered;

/**
 * One observer per request signal and for {@code template_rendered}, writing into the {@link SignalLog}. Reads of
 * the log itself ({@code /signals}, {@code /signals.json}) are left out, so that watching the log does not grow it.
 */
@ApplicationScoped
public class RequestSignalObservers {

    @Inject
    SignalLog log;

    void started(@Observes RequestStarted e) {
        if (!readsTheLog(e.request())) {
            log.record("request_started " + path(e.request()) + " sender=" + e.sender().getSimpleName());
        }
    }

    void failed(@Observes GotRequestException e) {
        if (!readsTheLog(e.request())) {
            log.record("got_request_exception " + path(e.request()) + " " + e.exception());
        }
    }

    void finished(@Observes RequestFinished e) {
        if (!readsTheLog(e.request())) {
            log.record("request_finished " + path(e.request()) + " sender=" + e.sender().getSimpleName());
        }
    }

    void rendered(@Observes TemplateRendered e) {
        log.record("template_rendered " + e.template() + " greeting=" + e.context().get("greeting"));
    }

    private static boolean readsTheLog(HttpServletRequest request) {
        return path(request).startsWith("/signals");
    }

    /**
     * The path the client asked for. After a forward, WildFly leaves the request's paths at the forward's target; the
     * original URI is then the forward attribute.
     */
    private static String path(HttpServletRequest request) {
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwardedFrom != null ? forwardedFrom.toString() : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }
}
