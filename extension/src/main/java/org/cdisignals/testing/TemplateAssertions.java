package org.cdisignals.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cdisignals.spi.TemplateEmitter;
import org.cdisignals.test.TemplateRendered;

/**
 * Django's {@code assertTemplateUsed} for code running in the application (an in-container test, a test servlet):
 * records every {@link TemplateRendered} the instrumented filter sends while it is open, from any thread.
 * <pre>{@code
 * try (TemplateAssertions templates = TemplateAssertions.capture()) {
 *     request.getRequestDispatcher("/WEB-INF/views/hello.jsp").include(request, response);
 *     templates.assertTemplateUsed("/WEB-INF/views/hello.jsp");
 * }
 * }</pre>
 * Needs template instrumentation on ({@code org.cdisignals.templates.instrument=true}); no CDI observer is needed.
 */
public final class TemplateAssertions implements AutoCloseable {

    private final List<TemplateRendered> rendered = new CopyOnWriteArrayList<>();
    private final Consumer<TemplateRendered> recorder = rendered::add;

    private TemplateAssertions() {
    }

    /** Starts recording; close it to stop. */
    public static TemplateAssertions capture() {
        TemplateAssertions capture = new TemplateAssertions();
        TemplateEmitter.capture(capture.recorder);
        return capture;
    }

    /** What was rendered since {@link #capture()}, in order. */
    public List<TemplateRendered> rendered() {
        return List.copyOf(rendered);
    }

    /** The event of the first rendering of {@code template}; fails with the list of rendered templates if none. */
    public TemplateRendered assertTemplateUsed(String template) {
        for (TemplateRendered event : rendered) {
            if (event.template().equals(template)) {
                return event;
            }
        }
        throw new AssertionError("Template " + template + " was not rendered; rendered: " + templates());
    }

    /** Fails if {@code template} was rendered. */
    public void assertTemplateNotUsed(String template) {
        if (templates().contains(template)) {
            throw new AssertionError("Template " + template + " was rendered");
        }
    }

    private List<String> templates() {
        List<String> names = new ArrayList<>();
        rendered.forEach(event -> names.add(event.template()));
        return names;
    }

    @Override
    public void close() {
        TemplateEmitter.release(recorder);
    }
}
