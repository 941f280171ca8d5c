package org.cdisignals.bench.request;

import java.util.List;

import org.cdisignals.bench.request.app.FinishedCountServlet;
import org.cdisignals.bench.request.app.FinishedCounter;
import org.cdisignals.bench.request.app.Greeter;
import org.cdisignals.bench.request.app.HelloServlet;

/** The three test WARs, each deployed under its own context root (its name), all at once on one server. */
enum Variant {

    /** (a) CDI active (a {@code beans.xml} and a bean), without the library: the baseline. */
    PLAIN("request-plain", false, List.of(Greeter.class, HelloServlet.class)),
    /** (b) the same with the library in {@code WEB-INF/lib}, no request observer. */
    UNOBSERVED("request-unobserved", true, List.of(Greeter.class, HelloServlet.class)),
    /** (c) the same with one trivial {@code RequestFinished} observer, and a servlet that answers its count. */
    OBSERVED("request-observed", true,
            List.of(Greeter.class, HelloServlet.class, FinishedCounter.class, FinishedCountServlet.class));

    private final String contextRoot;
    private final boolean withLibrary;
    private final List<Class<?>> classes;

    Variant(String contextRoot, boolean withLibrary, List<Class<?>> classes) {
        this.contextRoot = contextRoot;
        this.withLibrary = withLibrary;
        this.classes = classes;
    }

    String contextRoot() {
        return contextRoot;
    }

    boolean withLibrary() {
        return withLibrary;
    }

    List<Class<?>> classes() {
        return classes;
    }
}
