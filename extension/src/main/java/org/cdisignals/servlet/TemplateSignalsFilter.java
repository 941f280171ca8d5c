package org.cdisignals.servlet;

import java.io.IOException;
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

import org.cdisignals.spi.TemplateEmitter;
import org.cdisignals.test.TemplateRendered;

/**
 * Sends {@link TemplateRendered} for every FORWARD and INCLUDE dispatch (the jar's {@code META-INF/web-fragment.xml}
 * maps it to those only), when template instrumentation is on: context parameter or system property
 * {@code org.cdisignals.templates.instrument=true}. Off by default; then each dispatch costs one field read.
 */
public class TemplateSignalsFilter implements Filter {

    /** The context parameter or system property that switches template instrumentation on. */
    public static final String INSTRUMENT = TemplateEmitter.INSTRUMENT;

    private boolean instrument;

    @Override
    public void init(FilterConfig config) {
        instrument = TemplateEmitter.instrumented(config.getServletContext().getInitParameter(INSTRUMENT));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (instrument && request instanceof HttpServletRequest http) {
            TemplateEmitter.rendered(templateOf(http), () -> attributesOf(http));
        }
        chain.doFilter(request, response);
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
        return attributes;
    }
}
