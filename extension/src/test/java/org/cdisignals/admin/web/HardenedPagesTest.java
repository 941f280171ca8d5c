package org.cdisignals.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.cdisignals.admin.AdminTestSupport;
import org.cdisignals.admin.web.AdminPages.Answer;
import org.cdisignals.polls.Pizza;
import org.cdisignals.polls.Topping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages' hardening: security headers, per-action roles, refusals as 4xx, merge access, root causes, paging. */
class HardenedPagesTest {

    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", AdminServlet.CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff");

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
    void everyAnswerForbidsFramingAndSniffingDownloadsRedirectsAndRefusalsIncluded() {
        List<Long> ids = admin.questions("a");
        pages.token();

        List<Answer> answers = List.of(
                pages.get("/"),
                pages.get("/question/"),
                pages.get("/question"),
                pages.get("/nothing/"),
                pages.get("/pizza/"),
                pages.postWithoutToken("/question/action", "action", "mass_update"),
                pages.post("/question/action", "action", "export_csv", "_selected_action", ids.get(0) + "",
                        "apply", "1"),
                pages.call("PUT", "/question/"));

        assertEquals(List.of(200, 200, 303, 404, 403, 403, 200, 405),
                answers.stream().map(Answer::status).toList());
        assertEquals("text/csv; charset=UTF-8", answers.get(6).headers().get("Content-Type"));
        for (Answer answer : answers) {
            SECURITY_HEADERS.forEach((name, value) -> assertEquals(value, answer.headers().get(name), name));
        }
        assertTrue(AdminServlet.CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
    }

    @Test
    void theChangelistOffersAnActionOnlyToUsersWithItsRole() {
        String withoutChief = pages.get("/question/").body();
        pages.roles = Set.of("staff", "chief");
        String withChief = pages.get("/question/").body();

        assertFalse(withoutChief.contains("<option value=\"merge\">"), withoutChief);
        assertTrue(withoutChief.contains("<option value=\"mass_update\">"), withoutChief);
        assertTrue(withChief.contains("<option value=\"merge\">"), withChief);
    }

    @Test
    void anActionWithoutItsRoleIsForbiddenAndSendsNothing() {
        List<Long> ids = admin.questions("a", "b");
        pages.token();
        admin.fixture.log().clear();

        Answer answer = pages.post("/question/action", "action", "merge", "_selected_action", ids.get(0) + "",
                "_selected_action", ids.get(1) + "", "apply", "1");

        assertEquals(403, answer.status());
        assertTrue(answer.body().contains("CDISIG-126: you need the role &quot;chief&quot; to run merge on Question."),
                answer.body());
        assertEquals(List.of("a", "b"), admin.texts());
        assertEquals(List.of(), admin.log("Requested"));
    }

    @Test
    void goWithRowsThatDoNotExistAnswers400WithTheErrorAndSendsNothing() {
        pages.token();
        admin.fixture.log().clear();

        Answer answer = pages.post("/question/action", "action", "mass_update", "_selected_action", "999999");

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("<h1>Action not applied</h1>"), answer.body());
        assertTrue(answer.body().contains("CDISIG-104: these Question rows do not exist (any more): [999999]"),
                answer.body());
        assertEquals(List.of(), admin.log("Requested"));
    }

    @Test
    void goWithoutAnActionAnswers400WithTheError() {
        pages.token();

        Answer answer = pages.post("/question/action", "action", "");

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("CDISIG-125: no action was chosen"), answer.body());
    }

    @Test
    void aMergeIsRefusedWhenTheUserLacksTheRoleOfAnEntityHoldingTheOtherRow() {
        Long[] ids = admin.fixture.inTransactionReturning(em -> {
            Topping cheese = new Topping("Cheese");
            Topping cheddar = new Topping("Cheddar");
            em.persist(cheese);
            em.persist(cheddar);
            Pizza pizza = new Pizza("Double");
            pizza.getToppings().add(cheddar);
            em.persist(pizza);
            return new Long[] {cheese.getId(), cheddar.getId()};
        });
        pages.token();

        Answer answer = pages.post("/topping/action", "action", "merge", "_selected_action", ids[0] + "",
                "_selected_action", ids[1] + "", "keep", ids[0] + "", "apply", "1");

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("CDISIG-117: merging Topping#" + ids[1] + " into Topping#" + ids[0]
                + " would change rows you may not change: 1 Pizza row (Pizza.toppings): needs the role chef."
                + " Nothing was changed."), answer.body());
        assertEquals(2, admin.count("SELECT COUNT(t) FROM Topping t"));
        assertEquals(1, admin.count("SELECT COUNT(p) FROM Pizza p JOIN p.toppings t WHERE t.id = ?1", ids[1]));
    }

    @Test
    void aFailedActionsPageNamesTheRootCauseWithoutAStackTrace() {
        List<Long> ids = admin.questions("a");
        pages.token();
        admin.observers().vetoAt("End!");

        Answer answer = pages.post("/question/action", "action", "mass_update", "_selected_action", ids.get(0) + "",
                "_include", "questionText", "questionText", "Closed", "apply", "1");

        assertEquals(500, answer.status());
        assertTrue(answer.body().contains(": java.lang.IllegalStateException: audit log is down</p>"), answer.body());
        assertFalse(answer.body().contains("\tat "), answer.body());
        assertEquals(List.of("a"), admin.texts());
    }

    @Test
    void theChangelistShowsAWindowOfPageLinksAndCountsTheRowsOnce() {
        admin.fixture.inTransaction(em -> IntStream.range(0, 30).forEach(i -> em.persist(new Topping("t" + i))));
        pages.queries();

        String page = pages.get("/topping/", "page", "8").body();

        assertTrue(page.contains("Page 8 of 15: <a href=\"?page=1\">1</a> <span class=\"gap\">…</span>"
                + " <a href=\"?page=6\">6</a> <a href=\"?page=7\">7</a> <span aria-current=\"page\">8</span>"
                + " <a href=\"?page=9\">9</a> <a href=\"?page=10\">10</a> <span class=\"gap\">…</span>"
                + " <a href=\"?page=15\">15</a></nav>"), page);
        assertEquals(2, pages.queries(), "one count and one page of rows");
    }
}
