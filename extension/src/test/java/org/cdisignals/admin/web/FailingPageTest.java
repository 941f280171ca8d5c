package org.cdisignals.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cdisignals.admin.AdminTestSupport;
import org.cdisignals.admin.web.AdminPages.Answer;
import org.cdisignals.polls.Pizza;
import org.junit.jupiter.api.Test;

/** A page that fails unexpectedly answers with the admin's own error page, which names the root cause. */
class FailingPageTest {

    @Test
    void anUnexpectedFailureAnswers500NamingTheRootCauseWithoutAStackTrace() {
        try (AdminPages pages = new AdminPages(new AdminTestSupport(FailingPizzaAdmin.class))) {
            pages.admin.fixture.inTransaction(em -> em.persist(new Pizza("Margherita")));

            Answer answer = pages.get("/pizza/");

            assertEquals(500, answer.status());
            assertTrue(answer.body().contains("<p class=\"errorlist\">CDISIG-127: the admin page failed:"
                    + " java.lang.ArithmeticException: the oven is cold</p>"), answer.body());
            assertFalse(answer.body().contains("rendering failed"), answer.body());
            assertEquals("DENY", answer.headers().get("X-Frame-Options"));
        }
    }
}
