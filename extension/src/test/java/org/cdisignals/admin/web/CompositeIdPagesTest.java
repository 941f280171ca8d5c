package org.cdisignals.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cdisignals.admin.ActionForm;
import org.cdisignals.admin.ActionOutcome;
import org.cdisignals.admin.AdminTestSupport;
import org.cdisignals.admin.composite.Seat;
import org.cdisignals.admin.composite.SeatAdmin;
import org.cdisignals.admin.composite.Ticket;
import org.cdisignals.admin.composite.TicketAdmin;
import org.cdisignals.admin.web.AdminPages.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Entities with composite ids are refused with CDISIG-116: never a 500, never a signal. */
class CompositeIdPagesTest {

    private AdminPages pages;

    @BeforeEach
    void start() {
        pages = new AdminPages(new AdminTestSupport("admin-composite", SeatAdmin.class, TicketAdmin.class));
        pages.admin.fixture.inTransaction(em -> {
            em.persist(new Seat("A", 1, "ada"));
            em.persist(new Ticket("Tosca", 1, "ada"));
        });
    }

    @AfterEach
    void stop() {
        pages.close();
    }

    @Test
    void theChangelistOfAnEntityWithAnIdClassAnswers404NamingTheCompositeId() {
        Answer answer = pages.get("/seat/");

        assertEquals(404, answer.status());
        assertTrue(answer.body().contains("CDISIG-116: Seat has a composite id (@IdClass or @EmbeddedId); the admin"
                + " serves entities with a single basic id only."), answer.body());
    }

    @Test
    void theChangelistOfAnEntityWithAnEmbeddedIdAnswers404NamingTheCompositeId() {
        Answer answer = pages.get("/ticket/");

        assertEquals(404, answer.status());
        assertTrue(answer.body().contains("CDISIG-116: Ticket has a composite id"), answer.body());
    }

    @Test
    void anActionPostedForACompositeIdEntityAnswers404AndSendsNothing() {
        pages.token();
        pages.admin.fixture.log().clear();

        Answer answer = pages.post("/ticket/action", "action", "mass_update", "_selected_action", "Tosca",
                "_include", "holder", "holder", "bob", "apply", "1");

        assertEquals(404, answer.status());
        assertEquals(List.of(), pages.admin.log("Requested"));
        assertEquals(1, pages.admin.count("SELECT COUNT(t) FROM Ticket t WHERE t.holder = 'ada'"));
    }

    @Test
    void theIndexDoesNotLinkEntitiesWithCompositeIds() {
        String index = pages.get("/").body();

        assertTrue(index.contains("<a href=\"question/\">Question</a>"), index);
        assertFalse(index.contains("seat/") || index.contains("ticket/"), index);
    }

    @Test
    void theRunnerRefusesAnActionOnACompositeIdEntityBeforeAnySignal() {
        pages.admin.fixture.log().clear();

        ActionOutcome outcome = pages.admin.request(Seat.class, "export_csv", List.of("A")).stopped().orElseThrow();

        assertEquals(ActionOutcome.Status.INVALID, outcome.status());
        assertEquals(Map.of(ActionForm.NON_FIELD, "CDISIG-116: Seat has a composite id (@IdClass or @EmbeddedId);"
                + " the admin serves entities with a single basic id only."), outcome.errors());
        assertEquals(List.of(), pages.admin.log("Requested"));
    }
}
