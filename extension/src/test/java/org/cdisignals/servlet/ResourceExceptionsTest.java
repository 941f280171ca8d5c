package org.cdisignals.servlet;

import static org.cdisignals.support.Fakes.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.cdisignals.request.GotRequestException;
import org.cdisignals.request.RequestFinished;
import org.cdisignals.request.RequestStarted;
import org.cdisignals.support.EventLog;
import org.cdisignals.support.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The extension puts the interceptor on resource and mapper beans, and the interceptor tells the filter: a JAX-RS
 * implementation is played by hand here (call the resource, map what it threw, set the status), as RESTEasy's default
 * handling and an application's mapper would; the real ones are proven on the servers ({@code RestSignalsIT}).
 */
class ResourceExceptionsTest {

    static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused() {
            super("refused");
        }
    }

    @Path("polls")
    @ApplicationScoped
    public static class PollsResource {
        @GET
        public String boom() {
            throw new IllegalStateException("boom");
        }

        @GET
        public String refuse() {
            throw new Refused();
        }
    }

    @ApplicationScoped
    public static class RefusedMapper implements ExceptionMapper<Refused> {
        @Override
        public Response toResponse(Refused exception) {
            throw new UnsupportedOperationException("no JAX-RS runtime here; the filter only needs to know it ran");
        }
    }

    static class Receivers {
        @Inject
        EventLog log;

        void started(@Observes RequestStarted e) {
            log.add("started");
        }

        void failed(@Observes GotRequestException e) {
            log.add("exception " + e.exception().getMessage());
        }

        void finished(@Observes RequestFinished e) {
            log.add("finished");
        }
    }

    private Fixture fixture;
    private int status;

    @BeforeEach
    void start() {
        fixture = Fixture.start(Receivers.class, PollsResource.class, RefusedMapper.class);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aResourceExceptionTheDefaultHandlingAnswersWith500IsSent() throws Exception {
        run((req, res) -> {
            try {
                fixture.bean(PollsResource.class).boom();
            } catch (IllegalStateException unmapped) {
                status = 500;
            }
        });

        assertEquals(List.of("started", "exception boom", "finished"), fixture.log().lines());
    }

    @Test
    void aResourceExceptionAnApplicationMapperAnswersIsNotSentEvenWith500() throws Exception {
        run((req, res) -> {
            try {
                fixture.bean(PollsResource.class).refuse();
            } catch (Refused refused) {
                try {
                    fixture.bean(RefusedMapper.class).toResponse(refused);
                } catch (UnsupportedOperationException mapperRan) {
                    status = 500;
                }
            }
        });

        assertEquals(List.of("started", "finished"), fixture.log().lines());
    }

    private void run(FilterChain chain) throws Exception {
        ServletContext context = fake(ServletContext.class, Map.of());
        RequestSignalsFilter filter = new RequestSignalsFilter();
        filter.init(fake(FilterConfig.class, Map.of("getServletContext", args -> context)));
        HttpServletMapping mapping = fake(HttpServletMapping.class, Map.of());
        HttpServletRequest request = fake(HttpServletRequest.class, Map.of("getHttpServletMapping", args -> mapping));
        filter.doFilter(request, fake(HttpServletResponse.class, Map.of("getStatus", args -> status)), chain);
    }
}
