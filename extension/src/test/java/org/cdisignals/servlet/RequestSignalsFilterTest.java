package org.cdisignals.servlet;

import static org.cdisignals.support.Fakes.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cdisignals.Sender;
import org.cdisignals.request.GotRequestException;
import org.cdisignals.request.RequestFinished;
import org.cdisignals.request.RequestStarted;
import org.cdisignals.support.EventLog;
import org.cdisignals.support.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The filter's ordering and exactly-once logic on Weld SE, with hand-written fakes of the servlet API. Only the
 * logic: real dispatching, error pages and async completion are proven on the servers ({@code RequestSignalsIT}).
 */
class RequestSignalsFilterTest {

    /** The servlet the fake request is mapped to. */
    static class PollsServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
    }

    static class Receivers {
        @Inject
        EventLog log;

        void started(@Observes @Sender(PollsServlet.class) RequestStarted e) {
            log.add("started " + e.sender().getSimpleName());
        }

        void failed(@Observes GotRequestException e) {
            log.add("exception " + e.exception().getMessage());
        }

        void finished(@Observes RequestFinished e) {
            log.add("finished " + e.sender().getSimpleName());
        }
    }

    private Fixture fixture;
    private final List<AsyncListener> asyncListeners = new ArrayList<>();
    private boolean asyncStarted;
    private final AsyncContext async = fake(AsyncContext.class, Map.of("addListener", args -> {
        asyncListeners.add((AsyncListener) args[0]);
        return null;
    }));

    @BeforeEach
    void start() {
        fixture = Fixture.start(Receivers.class);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aRequestStartsAndFinishesOnceWithTheServletAsSender() throws Exception {
        filter(null).doFilter(request(), response(), (req, res) -> fixture.log().add("servlet"));

        assertEquals(List.of("started PollsServlet", "servlet", "finished PollsServlet"), fixture.log().lines());
    }

    @Test
    void anEscapedExceptionIsSentBetweenStartAndFinishAndRethrownUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        FilterChain failing = (req, res) -> {
            throw boom;
        };

        assertSame(boom, assertThrows(IllegalStateException.class,
                () -> filter(null).doFilter(request(), response(), failing)));
        assertEquals(List.of("started PollsServlet", "exception boom", "finished PollsServlet"),
                fixture.log().lines());
    }

    @Test
    void anAsyncRequestFinishesWhenItCompletesAndReportsItsErrorOnce() throws Exception {
        filter(null).doFilter(request(), response(), (req, res) -> asyncStarted = true);
        assertEquals(List.of("started PollsServlet"), fixture.log().lines());

        AsyncListener listener = asyncListeners.get(0);
        AsyncEvent error = new AsyncEvent(async, new IllegalStateException("late"));
        listener.onError(error);
        listener.onError(error);
        listener.onComplete(new AsyncEvent(async));

        assertEquals(List.of("started PollsServlet", "exception late", "finished PollsServlet"),
                fixture.log().lines());
    }

    @Test
    void theContextParameterSwitchesItOff() throws Exception {
        filter("false").doFilter(request(), response(), (req, res) -> fixture.log().add("servlet"));

        assertEquals(List.of("servlet"), fixture.log().lines());
    }

    private RequestSignalsFilter filter(String enabled) {
        ServletRegistration registration = fake(ServletRegistration.class,
                Map.of("getClassName", args -> PollsServlet.class.getName()));
        ServletContext context = fake(ServletContext.class, Map.of(
                "getInitParameter", args -> RequestSignalsFilter.ENABLED.equals(args[0]) ? enabled : null,
                "getServletRegistration", args -> registration,
                "getClassLoader", args -> PollsServlet.class.getClassLoader()));
        RequestSignalsFilter filter = new RequestSignalsFilter();
        filter.init(fake(FilterConfig.class, Map.of("getServletContext", args -> context)));
        return filter;
    }

    private HttpServletRequest request() {
        HttpServletMapping mapping = fake(HttpServletMapping.class, Map.of("getServletName", args -> "polls"));
        return fake(HttpServletRequest.class, Map.of(
                "getHttpServletMapping", args -> mapping,
                "isAsyncStarted", args -> asyncStarted,
                "getAsyncContext", args -> async));
    }

    private static HttpServletResponse response() {
        return fake(HttpServletResponse.class, Map.of());
    }
}
