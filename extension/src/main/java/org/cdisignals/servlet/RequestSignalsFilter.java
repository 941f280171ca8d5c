package org.cdisignals.servlet;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.cdisignals.request.GotRequestException;
import org.cdisignals.request.RequestFinished;
import org.cdisignals.request.RequestStarted;
import org.cdisignals.spi.Emitter;

/**
 * Sends the request signals. Registered by the jar's {@code META-INF/web-fragment.xml} first in the chain, for the
 * REQUEST dispatch only: forwards, includes, error pages and async re-dispatches belong to a request that has already
 * started, so they send nothing. Context parameter {@code org.cdisignals.request.enabled=false} switches it off.
 *
 * <p>An exception is reported when it escapes the chain, when the container reports an async error, or when a JAX-RS
 * resource method threw it and the implementation's default handling answered 5xx without letting it escape (what
 * {@link ResourceExceptionInterceptor} saw; an exception an application mapper handled is an answer, not a failure).
 * The request passes on wrapped, so that a {@code startAsync} is known the moment it happens: a request the
 * application dispatches or completes before this filter returns still finishes exactly once, when its async context
 * completes.
 */
public class RequestSignalsFilter implements Filter {

    /** The context parameter that switches the request signals off when {@code false}. */
    public static final String ENABLED = "org.cdisignals.request.enabled";

    private static final Logger LOG = Logger.getLogger(RequestSignalsFilter.class.getName());
    private static final String WEB_APPLICATION_EXCEPTION = "jakarta.ws.rs.WebApplicationException";

    /** The request the current thread runs the chain for, for the interceptor, which has no request of its own. */
    private static final ThreadLocal<Signals> CURRENT = new ThreadLocal<>();

    private boolean enabled;
    private ServletContext context;
    private final Map<String, Class<?>> servletClasses = new ConcurrentHashMap<>();

    @Override
    public void init(FilterConfig config) {
        context = config.getServletContext();
        enabled = !"false".equalsIgnoreCase(context.getInitParameter(ENABLED));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled || !(req instanceof HttpServletRequest request) || !observed()) {
            chain.doFilter(req, response);
            return;
        }
        Signals signals = new Signals(senderOf(request), request);
        signals.started();
        Throwable failure = null;
        CURRENT.set(signals);
        try {
            chain.doFilter(signals.new AsyncAware(), response);
        } catch (Throwable escaped) {
            failure = escaped;
            throw escaped;
        } finally {
            CURRENT.remove();
            signals.chainReturned(failure, response);
        }
    }

    /** A resource method (on a bean of the application) threw {@code failure} on this thread. */
    static void resourceFailed(Throwable failure) {
        Signals signals = CURRENT.get();
        if (signals != null) {
            signals.resourceFailure = failure;
        }
    }

    /** An exception mapper of the application ran on this thread: the resource's exception became its answer. */
    static void mappedByApplication() {
        Signals signals = CURRENT.get();
        if (signals != null) {
            signals.mappedByApplication = true;
        }
    }

    /** Nothing to build, resolve or wrap when no observer can receive any request signal. */
    private static boolean observed() {
        return Emitter.observedFromAnySender(RequestStarted.class)
                || Emitter.observedFromAnySender(GotRequestException.class)
                || Emitter.observedFromAnySender(RequestFinished.class);
    }

    /**
     * The class of the servlet the request is mapped to, so that observers can filter with {@code @Sender}; a
     * servlet class the application cannot load (a container's internal one) counts as {@code HttpServlet}.
     */
    private Class<?> senderOf(HttpServletRequest request) {
        String name = request.getHttpServletMapping().getServletName();
        if (name == null) {
            return HttpServlet.class;
        }
        return servletClasses.computeIfAbsent(name, this::loadServletClass);
    }

    private Class<?> loadServletClass(String name) {
        ServletRegistration registration = context.getServletRegistration(name);
        if (registration == null || registration.getClassName() == null) {
            return HttpServlet.class;
        }
        try {
            return Class.forName(registration.getClassName(), false, context.getClassLoader());
        } catch (ClassNotFoundException | LinkageError notVisible) {
            return HttpServlet.class;
        }
    }

    /**
     * One request's signals. As the request's {@link AsyncListener} it sends the exception and the finish of an
     * async request; the container notifies it once per async cycle, and re-adds it for a new cycle. The container may
     * complete the request on another thread while the filter is still returning, so sending is guarded, not ordered.
     */
    static final class Signals implements AsyncListener {

        private final Class<?> sender;
        private final HttpServletRequest request;
        private final AtomicBoolean failed = new AtomicBoolean();
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile boolean wentAsync;
        private volatile Throwable reportedFailure;
        /** Written and read on the request's own thread, while the chain runs and right after. */
        private Throwable resourceFailure;
        private boolean mappedByApplication;

        Signals(Class<?> sender, HttpServletRequest request) {
            this.sender = sender;
            this.request = request;
        }

        void started() {
            Emitter.send(RequestStarted.class, sender, () -> new RequestStarted(sender, request));
        }

        /**
         * After the REQUEST dispatch: the exception, if one escaped or JAX-RS answered 5xx for one, and the finish
         * unless the request went async. An observer's exception propagates only when the application had none.
         */
        void chainReturned(Throwable escaped, ServletResponse response) {
            if (escaped != null) {
                failed(reported(escaped));
            } else if (unhandledByJaxRs(response)) {
                failed(resourceFailure);
            }
            if (!wentAsync) {
                finished();
            }
        }

        /** A JAX-RS resource's exception escaped as the cause of the servlet's: the resource's is the one reported. */
        private Throwable reported(Throwable escaped) {
            Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Throwable t = escaped; resourceFailure != null && t != null && seen.add(t); t = t.getCause()) {
                if (t == resourceFailure) {
                    return resourceFailure;
                }
            }
            return escaped;
        }

        /** RESTEasy's default mapper answers 500 itself; a WebApplicationException carries the application's answer. */
        private boolean unhandledByJaxRs(ServletResponse response) {
            return resourceFailure != null && !mappedByApplication && !isWebApplicationException(resourceFailure)
                    && response instanceof HttpServletResponse http && http.getStatus() >= 500;
        }

        private static boolean isWebApplicationException(Throwable failure) {
            for (Class<?> c = failure.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals(WEB_APPLICATION_EXCEPTION)) {
                    return true;
                }
            }
            return false;
        }

        /** Sends the exception once; an observer's own failure is suppressed onto it and logged, never thrown. */
        void failed(Throwable failure) {
            if (!failed.compareAndSet(false, true)) {
                return;
            }
            reportedFailure = failure;
            try {
                Emitter.send(GotRequestException.class, sender, () -> new GotRequestException(sender, request, failure));
            } catch (RuntimeException | Error observerFailure) {
                failure.addSuppressed(observerFailure);
                log("GotRequestException", failure, observerFailure);
            }
        }

        /**
         * Sends the finish once. With an application exception the observer's is suppressed onto it and logged;
         * without one it propagates, as any observer's exception does.
         */
        void finished() {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            try {
                Emitter.send(RequestFinished.class, sender, () -> new RequestFinished(sender, request));
            } catch (RuntimeException | Error observerFailure) {
                Throwable applicationFailure = reportedFailure;
                if (applicationFailure == null) {
                    throw observerFailure;
                }
                applicationFailure.addSuppressed(observerFailure);
                log("RequestFinished", applicationFailure, observerFailure);
            }
        }

        private void log(String signal, Throwable applicationFailure, Throwable observerFailure) {
            LOG.log(Level.WARNING, Messages.observerFailed(signal, request.getMethod(), request.getRequestURI(),
                    applicationFailure), observerFailure);
        }

        /** Called by the container, which only logs what a listener throws: the observer's exception is logged here. */
        private void finishedForContainer() {
            try {
                finished();
            } catch (RuntimeException | Error observerFailure) {
                log("RequestFinished", null, observerFailure);
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            finishedForContainer();
        }

        @Override
        public void onError(AsyncEvent event) {
            if (event.getThrowable() != null) {
                failed(event.getThrowable());
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // The container completes a timed-out request (or the application does): onComplete sends the finish.
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }

        /** Listens from the moment the application starts async, whatever it does with the context afterwards. */
        final class AsyncAware extends HttpServletRequestWrapper {

            AsyncAware() {
                super(request);
            }

            @Override
            public AsyncContext startAsync() {
                return listenedTo(super.startAsync());
            }

            @Override
            public AsyncContext startAsync(ServletRequest servletRequest, ServletResponse servletResponse) {
                return listenedTo(super.startAsync(servletRequest, servletResponse));
            }

            private AsyncContext listenedTo(AsyncContext async) {
                wentAsync = true;
                async.addListener(Signals.this);
                return async;
            }
        }
    }
}
