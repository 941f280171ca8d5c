package org.cdisignals.spi;

import java.util.Collections;
import java.util.Map;
import java.util.function.Supplier;

import org.cdisignals.cdi.Dispatcher;
import org.cdisignals.cdi.SignalsRuntime;
import org.cdisignals.cdi.Target;
import org.cdisignals.test.TemplateAssertions;
import org.cdisignals.test.TemplateRendered;

/**
 * What the template emitters (the servlet dispatch filter, the Faces listener) call when a view is about to render,
 * and the one setting that switches them on.
 */
public final class TemplateEmitter {

    /** The context parameter or system property that switches template instrumentation on ({@code true}). */
    public static final String INSTRUMENT = "org.cdisignals.templates.instrument";

    private TemplateEmitter() {
    }

    /** Whether instrumentation is on, given the application's context parameter (null when unset). */
    public static boolean instrumented(String contextParameter) {
        return Boolean.parseBoolean(contextParameter) || Boolean.getBoolean(INSTRUMENT);
    }

    /**
     * Sends {@link TemplateRendered} for {@code template} to its observers and to any open {@link TemplateAssertions}
     * capture; {@code model} (a snapshot of the request attributes) is taken only when one of them will receive it.
     */
    public static void rendered(String template, Supplier<Map<String, Object>> model) {
        Dispatcher dispatcher = SignalsRuntime.dispatcher();
        Target target = dispatcher == null ? null : dispatcher.target(TemplateRendered.class, null);
        boolean observed = target != null && target.observed();
        if (!observed && !TemplateAssertions.capturing()) {
            return;
        }
        TemplateRendered event = new TemplateRendered(template, Collections.unmodifiableMap(model.get()));
        TemplateAssertions.record(event);
        if (observed) {
            target.fire(event);
        }
    }
}
