package org.cdisignals.servlet;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

import org.cdisignals.request.GotRequestException;
import org.cdisignals.request.RequestFinished;
import org.cdisignals.request.RequestStarted;
import org.cdisignals.spi.Emitter;

/**
 * Sends the request signals. Registered by the jar's {@code META-INF/web-fragment.xml} first in the chain, for the
 * REQUEST dispatch only: forwards, includes, error pages and async re-dispatches belong to a request that has already
 * started, so they send nothing. Context parameter {@code org.cdisignals.request.enabled=false} switches it off.
 */
public class RequestSignalsFilter implements Filter {

    /** The context parameter that switches the request signals off when {@code false}. */
    public static final String ENABLED = "org.cdisignals.request.enabled";

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
        try {
            chain.doFilter(request, response);
        } catch (Throwable failure) {
            signals.failed(failure);
            throw failure;
        } finally {
            finishWhenDone(request, signals);
        }
    }

    /** Finishes now, or, when the request went async, when its async context completes. */
    private static void finishWhenDone(HttpServletRequest request, Signals signals) {
        if (request.isAsyncStarted()) {
            try {
                request.getAsyncContext().addListener(signals);
                return;
            } catch (IllegalStateException completedMeanwhile) {
                // Another thread completed it since the check; the container ends it when this dispatch returns.
            }
        }
        signals.finished();
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
     * async request; the container notifies it once per async cycle, and re-adds it for a new cycle.
     */
    static final class Signals implements AsyncListener {

        private final Class<?> sender;
        private final HttpServletRequest request;
        private boolean failed;

        Signals(Class<?> sender, HttpServletRequest request) {
            this.sender = sender;
            this.request = request;
        }

        void started() {
            Emitter.send(RequestStarted.class, sender, () -> new RequestStarted(sender, request));
        }

        /** Sends the exception once; an observer's own failure must not replace the application's exception. */
        void failed(Throwable failure) {
            if (failed) {
                return;
            }
            failed = true;
            try {
                Emitter.send(GotRequestException.class, sender, () -> new GotRequestException(sender, request, failure));
            } catch (RuntimeException observerFailure) {
                failure.addSuppressed(observerFailure);
            }
        }

        void finished() {
            Emitter.send(RequestFinished.class, sender, () -> new RequestFinished(sender, request));
        }

        @Override
        public void onComplete(AsyncEvent event) {
            finished();
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
    }
}
