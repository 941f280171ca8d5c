package org.cdisignals.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cdisignals.test.TemplateAssertions;
import org.cdisignals.test.TemplateRendered;
import org.junit.jupiter.api.Test;

/** The assertTemplateUsed helper on its own; fed by the template filter on the servers ({@code TemplateRenderedIT}). */
class TemplateAssertionsTest {

    private static final TemplateRendered HELLO = new TemplateRendered("/WEB-INF/hello.jsp", Map.of("name", "Ada"));

    @Test
    void recordsWhatIsRenderedWhileOpen() {
        TemplateAssertions.record(HELLO);
        try (TemplateAssertions templates = TemplateAssertions.capture()) {
            assertTrue(TemplateAssertions.capturing());
            TemplateAssertions.record(HELLO);

            assertEquals("Ada", templates.assertTemplateUsed("/WEB-INF/hello.jsp").context().get("name"));
            templates.assertTemplateNotUsed("/WEB-INF/other.jsp");
            assertEquals(1, templates.rendered().size());
        }
        assertFalse(TemplateAssertions.capturing());
    }

    @Test
    void failsNamingWhatWasRendered() {
        try (TemplateAssertions templates = TemplateAssertions.capture()) {
            TemplateAssertions.record(HELLO);

            AssertionError error = assertThrows(AssertionError.class,
                    () -> templates.assertTemplateUsed("/WEB-INF/other.jsp"));
            assertTrue(error.getMessage().contains("/WEB-INF/hello.jsp"), error::getMessage);
            assertThrows(AssertionError.class, () -> templates.assertTemplateNotUsed("/WEB-INF/hello.jsp"));
        }
    }
}
