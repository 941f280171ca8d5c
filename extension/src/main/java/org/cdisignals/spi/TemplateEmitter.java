package org.cdisignals.spi;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.cdisignals.test.TemplateRendered;

/**
 * What the template emitters (the servlet dispatch filter, the Faces listener) call when a view is about to render,
 * the one setting that switches them on, and the capture hook through which test support (such as
 * {@code org.cdisignals.testing.TemplateAssertions}) sees every rendering without being a CDI observer.
 */
public final class TemplateEmitter {

    /** The context parameter or system property that switches template instrumentation on ({@code true}). */
    public static final String INSTRUMENT = "org.cdisignals.templates.instrument";

    private static final List<Consumer<? super TemplateRendered>> CAPTURES = new CopyOnWriteArrayList<>();

    private TemplateEmitter() {
    }

    /** Whether instrumentation is on, given the application's context parameter (null when unset). */
    public static boolean instrumented(String contextParameter) {
        return Boolean.parseBoolean(contextParameter) || Boolean.getBoolean(INSTRUMENT);
    }

    /**
     * Hands every {@link TemplateRendered} to {@code capture}, from any thread, until {@link #release} is called
     * with it, whether or not a CDI observer receives the signal.
     */
    public static void capture(Consumer<? super TemplateRendered> capture) {
        CAPTURES.add(capture);
    }

    /** Stops handing renderings to {@code capture}. */
    public static void release(Consumer<? super TemplateRendered> capture) {
        CAPTURES.remove(capture);
    }

    /**
     * Sends {@link TemplateRendered} for {@code template} to its observers and to every capture; {@code model} (a
     * snapshot of the request attributes) is taken only when one of them will receive it.
     */
    public static void rendered(String template, Supplier<Map<String, Object>> model) {
        boolean observed = Emitter.observed(TemplateRendered.class, null);
        if (!observed && CAPTURES.isEmpty()) {
            return;
        }
        TemplateRendered event = new TemplateRendered(template, Collections.unmodifiableMap(model.get()));
        CAPTURES.forEach(capture -> capture.accept(event));
        if (observed) {
            Emitter.send(TemplateRendered.class, null, () -> event);
        }
    }
}
