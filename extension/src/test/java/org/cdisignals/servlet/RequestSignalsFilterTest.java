package org.cdisignals.servlet;

import static org.cdisignals.support.Fakes.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
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
 * logic: real dispatching, error pages, async completion and JAX-RS are proven on the servers
 * ({@code RequestSignalsIT}, {@code RestSignalsIT}); how the interceptor reaches the filter is in
 * {@link ResourceExceptionsTest}.
 */
class RequestSignalsFilterTest {

    /** A request with this attribute makes the {@code RequestFinished} observer throw. */
    static final String FAIL_FINISH = "fail-finish";
    /** An exception with this message makes the {@code GotRequestException} observer throw. */
    static final String FAIL_EXCEPTION = "the observer fails on this one";

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
            if (FAIL_EXCEPTION.equals(e.exception().getMessage())) {
                throw new IllegalStateException("exception observer failed");
            }
        }

        void finished(@Observes RequestFinished e) {
            log.add("finished " + e.sender().getSimpleName());
            if (e.request().getAttribute(FAIL_FINISH) != null) {
                throw new IllegalStateException("finish observer failed");
            }
        }
    }

    private Fixture fixture;
    private final List<AsyncListener> asyncListeners = new ArrayList<>();
    private final Map<String, Object> attributes = new HashMap<>();
    private int status = 200;
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
    void anAsyncRequestFinishesWhenAnotherThreadCompletesItAfterTheFilterReturned() throws Exception {
        filter(null).doFilter(request(), response(), (req, res) -> req.startAsync());
        assertEquals(List.of("started PollsServlet"), fixture.log().lines());

        CompletableFuture.runAsync(this::complete).join();

        assertEquals(List.of("started PollsServlet", "finished PollsServlet"), fixture.log().lines());
    }

    @Test
    void anAsyncRequestCompletedBeforeTheFilterReturnsFinishesOnce() throws Exception {
        filter(null).doFilter(request(), response(), (req, res) -> {
            req.startAsync();
            CompletableFuture.runAsync(this::complete).join();
        });

        assertEquals(List.of("started PollsServlet", "finished PollsServlet"), fixture.log().lines());
    }

    @Test
    void aRequestDispatchedBeforeTheFilterReturnsFinishesWhenTheDispatchCompletes() throws Exception {
        filter(null).doFilter(request(), response(), (req, res) -> {
            req.startAsync().dispatch();
            fixture.log().add("servlet dispatched");
        });
        assertEquals(List.of("started PollsServlet", "servlet dispatched"), fixture.log().lines());

        fixture.log().add("async dispatch");
        complete();

        assertEquals(List.of("started PollsServlet", "servlet dispatched", "async dispatch", "finished PollsServlet"),
                fixture.log().lines());
    }

    @Test
    void aTimedOutRequestFinishesOnceWhenTheContainerCompletesIt() throws Exception {
        filter(null).doFilter(request(), response(), (req, res) -> req.startAsync());

        AsyncEvent timeout = new AsyncEvent(async);
        for (AsyncListener listener : asyncListeners) {
            listener.onTimeout(timeout);
        }
        complete();
        complete();

        assertEquals(List.of("started PollsServlet", "finished PollsServlet"), fixture.log().lines());
    }

    @Test
    void anAsyncErrorIsSentOnceBeforeTheFinish() throws Exception {
        filter(null).doFilter(request(), response(), (req, res) -> req.startAsync());

        AsyncEvent error = new AsyncEvent(async, new IllegalStateException("late"));
        for (AsyncListener listener : asyncListeners) {
            listener.onError(error);
            listener.onError(error);
        }
        complete();

        assertEquals(List.of("started PollsServlet", "exception late", "finished PollsServlet"),
                fixture.log().lines());
    }

    @Test
    void aNewAsyncCycleIsListenedToUntilItCompletes() throws Exception {
        filter(null).doFilter(request(), response(), (req, res) -> req.startAsync().dispatch());

        AsyncEvent secondCycle = new AsyncEvent(async);
        for (AsyncListener listener : List.copyOf(asyncListeners)) {
            listener.onStartAsync(secondCycle);
        }
        complete();

        assertEquals(List.of("started PollsServlet", "finished PollsServlet"), fixture.log().lines());
    }

    @Test
    void aFailingExceptionObserverIsSuppressedOntoTheApplicationsExceptionWhichEscapesUnchanged() {
        IllegalStateException boom = new IllegalStateException(FAIL_EXCEPTION);
        FilterChain failing = (req, res) -> {
            throw boom;
        };

        assertSame(boom, assertThrows(IllegalStateException.class,
                () -> filter(null).doFilter(request(), response(), failing)));
        assertEquals(List.of("exception observer failed"), suppressedMessages(boom));
        assertEquals(List.of("started PollsServlet", "exception " + FAIL_EXCEPTION, "finished PollsServlet"),
                fixture.log().lines());
    }

    @Test
    void aFailingFinishObserverIsSuppressedOntoTheApplicationsExceptionWhichEscapesUnchanged() {
        attributes.put(FAIL_FINISH, true);
        IllegalStateException boom = new IllegalStateException("boom");
        FilterChain failing = (req, res) -> {
            throw boom;
        };

        assertSame(boom, assertThrows(IllegalStateException.class,
                () -> filter(null).doFilter(request(), response(), failing)));
        assertEquals(List.of("finish observer failed"), suppressedMessages(boom));
    }

    @Test
    void aFailingFinishObserverPropagatesWhenTheApplicationHadNoException() {
        attributes.put(FAIL_FINISH, true);

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> filter(null).doFilter(request(), response(), (req, res) -> fixture.log().add("servlet")));

        assertEquals("finish observer failed", failure.getMessage());
    }

    @Test
    void aFailingFinishObserverOfAnAsyncRequestIsSuppressedOntoTheAsyncError() throws Exception {
        attributes.put(FAIL_FINISH, true);
        filter(null).doFilter(request(), response(), (req, res) -> req.startAsync());
        IllegalStateException late = new IllegalStateException("late");

        AsyncEvent error = new AsyncEvent(async, late);
        for (AsyncListener listener : asyncListeners) {
            listener.onError(error);
        }
        complete();

        assertEquals(List.of("finish observer failed"), suppressedMessages(late));
        assertEquals(List.of("started PollsServlet", "exception late", "finished PollsServlet"),
                fixture.log().lines());
    }

    @Test
    void aResourceExceptionAnsweredWithA500InsideTheChainIsSentBeforeTheFinish() throws Exception {
        IllegalStateException boom = new IllegalStateException("boom");

        filter(null).doFilter(request(), response(), (req, res) -> {
            RequestSignalsFilter.resourceFailed(boom);
            status = 500;
        });

        assertEquals(List.of("started PollsServlet", "exception boom", "finished PollsServlet"),
                fixture.log().lines());
    }

    @Test
    void aResourceExceptionAnApplicationMapperAnsweredIsNoFailureWhateverTheStatus() throws Exception {
        filter(null).doFilter(request(), response(), (req, res) -> {
            RequestSignalsFilter.resourceFailed(new IllegalStateException("maintenance"));
            RequestSignalsFilter.mappedByApplication();
            status = 503;
        });

        assertEquals(List.of("started PollsServlet", "finished PollsServlet"), fixture.log().lines());
    }

    @Test
    void aResourceExceptionAnsweredBelow500IsNoFailure() throws Exception {
        filter(null).doFilter(request(), response(), (req, res) -> {
            RequestSignalsFilter.resourceFailed(new IllegalStateException("refused"));
            status = 422;
        });

        assertEquals(List.of("started PollsServlet", "finished PollsServlet"), fixture.log().lines());
    }

    @Test
    void aResourceExceptionThatEscapesWrappedIsSentAsTheResourceThrewItAndTheWrapperRethrown() {
        IllegalStateException boom = new IllegalStateException("boom");
        ServletException wrapper = new ServletException(boom);
        FilterChain failing = (req, res) -> {
            RequestSignalsFilter.resourceFailed(boom);
            throw wrapper;
        };

        assertSame(wrapper, assertThrows(ServletException.class,
                () -> filter(null).doFilter(request(), response(), failing)));
        assertEquals(List.of("started PollsServlet", "exception boom", "finished PollsServlet"),
                fixture.log().lines());
    }

    @Test
    void theContextParameterSwitchesItOff() throws Exception {
        filter("false").doFilter(request(), response(), (req, res) -> fixture.log().add("servlet"));

        assertEquals(List.of("servlet"), fixture.log().lines());
    }

    /** The container's completion: every listener registered for the cycle hears it. */
    private void complete() {
        AsyncEvent completion = new AsyncEvent(async);
        for (AsyncListener listener : List.copyOf(asyncListeners)) {
            try {
                listener.onComplete(completion);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static List<String> suppressedMessages(Throwable failure) {
        return Arrays.stream(failure.getSuppressed()).map(Throwable::getMessage).toList();
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

    /**
     * Never says it is async ({@code isAsyncStarted} is false, as a container's is once {@code dispatch()} was
     * called): the filter has to learn of async from {@code startAsync} itself.
     */
    private HttpServletRequest request() {
        HttpServletMapping mapping = fake(HttpServletMapping.class, Map.of("getServletName", args -> "polls"));
        return fake(HttpServletRequest.class, Map.of(
                "getHttpServletMapping", args -> mapping,
                "getAttribute", args -> attributes.get(args[0]),
                "getMethod", args -> "GET",
                "getRequestURI", args -> "/polls",
                "startAsync", args -> async));
    }

    private HttpServletResponse response() {
        return fake(HttpServletResponse.class, Map.of("getStatus", args -> status));
    }
}
