package org.cdisignals.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cdisignals.spi.TemplateEmitter;
import org.cdisignals.test.TemplateRendered;
import org.junit.jupiter.api.Test;

/** The assertTemplateUsed helper on its own; fed by the template filter on the servers ({@code TemplateRenderedIT}). */
class TemplateAssertionsTest {

    private static final TemplateRendered HELLO = new TemplateRendered("/WEB-INF/hello.jsp", Map.of("name", "Ada"));

    @Test
    void recordsWhatIsRenderedWhileOpen() {
        renderHello();
        try (TemplateAssertions templates = TemplateAssertions.capture()) {
            renderHello();

            assertEquals("Ada", templates.assertTemplateUsed("/WEB-INF/hello.jsp").context().get("name"));
            templates.assertTemplateNotUsed("/WEB-INF/other.jsp");
            assertEquals(1, templates.rendered().size());
            templates.close();
            renderHello();
            assertEquals(1, templates.rendered().size());
        }
    }

    @Test
    void failsNamingWhatWasRendered() {
        try (TemplateAssertions templates = TemplateAssertions.capture()) {
            renderHello();

            AssertionError error = assertThrows(AssertionError.class,
                    () -> templates.assertTemplateUsed("/WEB-INF/other.jsp"));
            assertTrue(error.getMessage().contains("/WEB-INF/hello.jsp"), error::getMessage);
            assertThrows(AssertionError.class, () -> templates.assertTemplateNotUsed("/WEB-INF/hello.jsp"));
        }
    }

    /** What the template emitters do, here without a CDI container: only the captures receive it. */
    private static void renderHello() {
        TemplateEmitter.rendered(HELLO.template(), HELLO::context);
    }
}
