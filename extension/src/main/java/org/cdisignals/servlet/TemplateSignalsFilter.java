package org.cdisignals.servlet;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.cdisignals.cdi.Dispatcher;
import org.cdisignals.cdi.SignalsRuntime;
import org.cdisignals.cdi.Target;
import org.cdisignals.test.TemplateAssertions;
import org.cdisignals.test.TemplateRendered;

/**
 * Sends {@link TemplateRendered} for every FORWARD and INCLUDE dispatch (the jar's {@code META-INF/web-fragment.xml}
 * maps it to those only), when template instrumentation is on: context parameter or system property
 * {@code org.cdisignals.templates.instrument=true}. Off by default; then each dispatch costs one field read.
 */
public class TemplateSignalsFilter implements Filter {

    /** The context parameter or system property that switches template instrumentation on. */
    public static final String INSTRUMENT = "org.cdisignals.templates.instrument";

    private boolean instrument;

    @Override
    public void init(FilterConfig config) {
        instrument = Boolean.parseBoolean(config.getServletContext().getInitParameter(INSTRUMENT))
                || Boolean.getBoolean(INSTRUMENT);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (instrument && request instanceof HttpServletRequest http) {
            rendered(http);
        }
        chain.doFilter(request, response);
    }

    private static void rendered(HttpServletRequest request) {
        Dispatcher dispatcher = SignalsRuntime.dispatcher();
        Target target = dispatcher == null ? null : dispatcher.target(TemplateRendered.class, null);
        boolean observed = target != null && target.observed();
        if (!observed && !TemplateAssertions.capturing()) {
            return;
        }
        TemplateRendered event = new TemplateRendered(templateOf(request), attributesOf(request));
        TemplateAssertions.record(event);
        if (observed) {
            target.fire(event);
        }
    }

    /** The dispatched path: for an include the request keeps the including path, so it is read from the attributes. */
    private static String templateOf(HttpServletRequest request) {
        Object includedServletPath = request.getAttribute(RequestDispatcher.INCLUDE_SERVLET_PATH);
        if (includedServletPath != null) {
            Object pathInfo = request.getAttribute(RequestDispatcher.INCLUDE_PATH_INFO);
            return includedServletPath + (pathInfo == null ? "" : pathInfo.toString());
        }
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }

    private static Map<String, Object> attributesOf(HttpServletRequest request) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Enumeration<String> names = request.getAttributeNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            Object value = request.getAttribute(name);
            if (value != null) {
                attributes.put(name, value);
            }
        }
        return Collections.unmodifiableMap(attributes);
    }
}
