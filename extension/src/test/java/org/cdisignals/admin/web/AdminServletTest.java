package org.cdisignals.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.cdisignals.admin.AdminTestSupport;
import org.cdisignals.admin.web.AdminPages.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin pages' flow: Go, the form, Apply, the redirect and its message; CSRF, bad input, vetoes, roles, paging. */
class AdminServletTest {

    private AdminPages pages;
    private AdminTestSupport admin;

    @BeforeEach
    void start() {
        pages = new AdminPages(new AdminTestSupport(PizzaAdmin.class));
        admin = pages.admin;
    }

    @AfterEach
    void stop() {
        pages.close();
    }

    @Test
    void goShowsTheFormAndApplyUpdatesThenRedirectsToTheListWithTheMessage() {
        List<Long> ids = admin.questions("a", "b", "c");
        String token = pages.token();
        admin.fixture.log().clear();

        Answer go = pages.post("/question/action", "action", "mass_update", "_selected_action", ids.get(0) + "",
                "_selected_action", ids.get(2) + "");
        Answer apply = pages.post("/question/action", "action", "mass_update", "_selected_action", ids.get(0) + "",
                "_selected_action", ids.get(2) + "", "_include", "questionText", "questionText", "Closed",
                "apply", "1", Csrf.FIELD, token);

        assertEquals(200, go.status());
        assertTrue(go.body().contains("<h1>Mass update: 2 questions selected</h1>"), go.body());
        assertTrue(go.body().contains("id=\"include-questionText\""));
        assertEquals(303, apply.status());
        assertEquals("/ctx/admin/question/", apply.headers().get("Location"));
        assertEquals(List.of("Closed", "b", "Closed"), admin.texts());
        assertEquals(List.of("Requested", "Requested", "Start", "End"), admin.fixture.log().startingWith("Requested",
                "Start", "End").stream().map(line -> line.split(" ")[0]).toList());
        assertTrue(pages.get("/question/").body().contains("<li class=\"success\">Updated 2 records</li>"));
        assertFalse(pages.get("/question/").body().contains("Updated 2 records"), "a message is shown once");
    }

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsForbiddenAndRunsNothing() {
        List<Long> ids = admin.questions("a");
        pages.token();
        admin.fixture.log().clear();

        Answer missing = pages.postWithoutToken("/question/action", "action", "mass_update", "_selected_action",
                ids.get(0) + "", "_include", "questionText", "questionText", "Hacked", "apply", "1");
        Answer wrong = pages.postWithoutToken("/question/action", Csrf.FIELD, "guess", "action", "mass_update",
                "_selected_action", ids.get(0) + "", "_include", "questionText", "questionText", "Hacked",
                "apply", "1");

        assertEquals(403, missing.status());
        assertEquals(403, wrong.status());
        assertTrue(missing.body().contains("CDISIG-120: CSRF verification failed."));
        assertEquals(List.of("a"), admin.texts());
        assertEquals(List.of(), admin.fixture.log().startingWith("Requested"));
    }

    @Test
    void anUnknownFieldComesBackWithTheFormAndChangesNothing() {
        List<Long> ids = admin.questions("a");
        pages.token();

        Answer answer = pages.post("/question/action", "action", "mass_update", "_selected_action", ids.get(0) + "",
                "_include", "questionText", "questionText", "Closed", "password", "x", "apply", "1");

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("CDISIG-106: Question has no field &quot;password&quot;"), answer.body());
        assertTrue(answer.body().contains("id=\"action-form\""));
        assertEquals(List.of("a"), admin.texts());
        assertEquals(List.of(), admin.fixture.log().startingWith("Start"));
    }

    @Test
    void aTamperedIdIsRefusedOnApplyAndChangesNothing() {
        List<Long> ids = admin.questions("a");
        pages.token();

        Answer answer = pages.post("/question/action", "action", "mass_update", "_selected_action", ids.get(0) + "",
                "_selected_action", "1' OR '1'='1", "_include", "questionText", "questionText", "Closed", "apply", "1");

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("CDISIG-105"), answer.body());
        assertEquals(List.of("a"), admin.texts());
    }

    @Test
    void aVetoWhenRequestedGoesBackToTheListWithItsMessage() {
        List<Long> ids = admin.questions("locked");
        pages.token();

        Answer go = pages.post("/question/action", "action", "mass_update", "_selected_action", ids.get(0) + "");

        assertEquals(303, go.status());
        assertTrue(pages.get("/question/").body()
                .contains("<li class=\"error\">Locked questions cannot be changed</li>"));
    }

    @Test
    void aFailureRollsBackAndAnswersWithAnErrorPage() {
        List<Long> ids = admin.questions("a");
        pages.token();
        admin.observers().vetoAt("End!");

        Answer answer = pages.post("/question/action", "action", "mass_update", "_selected_action", ids.get(0) + "",
                "_include", "questionText", "questionText", "Closed", "apply", "1");

        assertEquals(500, answer.status());
        assertTrue(answer.body().contains("<h1>Action failed</h1>"), answer.body());
        assertTrue(answer.body().contains("CDISIG-108: the action mass_update failed and changed nothing"));
        assertEquals(List.of("a"), admin.texts());
    }

    @Test
    void anExportIsHandedOutAsAnAttachment() {
        List<Long> ids = admin.questions("=1+1");
        pages.token();

        Answer answer = pages.post("/question/action", "action", "export_csv", "_selected_action", ids.get(0) + "",
                "columns", "questionText", "header", "true", "delimiter", ",", "quote", "\"", "apply", "1");

        assertEquals(200, answer.status());
        assertEquals("attachment; filename=\"question.csv\"", answer.headers().get("Content-Disposition"));
        assertEquals("questionText\r\n'=1+1\r\n", answer.body());
    }

    @Test
    void aUserWithoutTheModelAdminsRoleIsForbiddenAndDoesNotSeeIt() {
        Answer index = pages.get("/");
        Answer pizzas = pages.get("/pizza/");

        assertEquals(403, pizzas.status());
        assertTrue(pizzas.body().contains("CDISIG-121: you need the role &quot;chef&quot; to administer Pizza."));
        assertTrue(index.body().contains("<a href=\"question/\">Question</a>"));
        assertFalse(index.body().contains("pizza/"), index.body());

        pages.roles = Set.of("staff", "chef");
        assertEquals(200, pages.get("/pizza/").status());
    }

    @Test
    void withoutALoggedInUserNothingIsServed() {
        pages.user = null;

        assertEquals(403, pages.get("/question/").status());
        assertTrue(pages.get("/").body().contains("CDISIG-122"));
    }

    @Test
    void theChangelistPagesThroughTheRowsInIdOrder() {
        List<Long> ids = admin.questions(Collections.nCopies(105, "q").toArray(String[]::new));

        String second = pages.get("/question/", "page", "2").body();

        assertTrue(second.contains("Page 2 of 2:"), second);
        assertTrue(second.contains("id=\"select-" + ids.get(100) + "\""));
        assertFalse(second.contains("id=\"select-" + ids.get(99) + "\""));
        assertTrue(second.contains("<caption>105 questions</caption>"));
        assertEquals(404, pages.get("/nothing/").status());
    }
}
