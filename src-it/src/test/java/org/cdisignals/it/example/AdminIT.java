package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cdisignals.it.servers.ExampleUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin pages over HTTP, as a browser uses them: servlet security (BASIC, roles staff and chef), the CSRF token,
 * "Go" and "Apply", flash messages, downloads, and the three admin signals in the example's log. Rows are made and
 * read back through the example's JSON API, so each test sees the database, not the page.
 */
class AdminIT extends ExampleDeployment {

    private static final String VOTES_VETO = "Votes are counted, not edited: a mass update may not change votes.";
    private static final String PIZZA_VETO = "Every pizza needs a name: the mass update was undone.";

    private AdminClient admin;

    @BeforeEach
    void logIn() {
        admin = new AdminClient(base, ExampleUser.ADMIN);
    }

    @Test
    void withoutCredentialsTheServerAsksForThem() {
        AdminPage page = new AdminClient(base, null).get("admin/");

        assertEquals(401, page.status(), page::toString);
        assertTrue(page.header("WWW-Authenticate").startsWith("Basic"), page::toString);
    }

    @Test
    void aUserWhoIsNotStaffIsForbidden() {
        assertEquals(403, new AdminClient(base, ExampleUser.VISITOR).get("admin/question/").status());
    }

    @Test
    void staffWhoIsNoChefIsForbiddenThePizzas() {
        AdminClient editor = new AdminClient(base, ExampleUser.EDITOR);

        assertEquals(200, editor.get("admin/question/").status());
        assertEquals(403, editor.get("admin/pizza/").status());
    }

    @Test
    void theIndexOffersPizzasToChefsOnly() {
        AdminPage forAdmin = admin.get("admin/");
        AdminPage forEditor = new AdminClient(base, ExampleUser.EDITOR).get("admin/");

        assertEquals(200, forAdmin.status());
        assertTrue(forAdmin.contains("<a href=\"question/\">") && forAdmin.contains("<a href=\"choice/\">")
                && forAdmin.contains("<a href=\"pizza/\">"), forAdmin::toString);
        assertTrue(forEditor.contains("<a href=\"question/\">"), forEditor::toString);
        assertFalse(forEditor.contains("<a href=\"pizza/\">"), forEditor::toString);
    }

    @Test
    void anUnknownEntityIsNotFound() {
        assertEquals(404, admin.get("admin/no-such-entity/").status());
    }

    @Test
    void theChangeListOffersTheActionsAndPagesTheRows() {
        long id = question(unique("Listed?"));

        AdminPage last = admin.get("admin/question/?page=999999");

        assertEquals(200, last.status());
        assertTrue(last.contains("<form id=\"changelist-form\" method=\"post\" action=\"action\">"), last::toString);
        for (String action : List.of("mass_update", "export_csv", "export_json", "merge")) {
            assertTrue(last.contains("<option value=\"" + action + "\">"), action);
        }
        assertTrue(last.contains("id=\"select-" + id + "\""), "the newest question is on the last page");
        assertTrue(last.contains("<nav class=\"paginator\""), last::toString);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsForbiddenAndChangesNothing() {
        String text = unique("Unprotected?");
        long id = question(text);
        admin.csrfToken("question");
        int before = client.signals().size();

        AdminPage page = admin.post("admin/question/action", List.of("action", "mass_update",
                "_selected_action", String.valueOf(id), "apply", "1", "_include", "questionText",
                "questionText", "Forged"));

        assertEquals(403, page.status(), page::toString);
        assertEquals(text, questionText(id));
        assertEquals(0, countStarting(signalsSince(before), "adminaction_"));
    }

    @Test
    void aPostWithAWrongCsrfTokenIsForbiddenAndChangesNothing() {
        String text = unique("Forged?");
        long id = question(text);
        String token = admin.csrfToken("question");
        int before = client.signals().size();

        AdminPage page = admin.post("admin/question/action", List.of("csrfmiddlewaretoken", token + "x",
                "action", "mass_update", "_selected_action", String.valueOf(id), "apply", "1",
                "_include", "questionText", "questionText", "Forged"));

        assertEquals(403, page.status(), page::toString);
        assertEquals(text, questionText(id));
        assertEquals(0, countStarting(signalsSince(before), "adminaction_"));
    }

    @Test
    void goShowsTheActionForm() {
        long first = question(unique("Form?"));
        long second = question(unique("Form?"));

        AdminPage form = admin.go("question", "mass_update", first, second);

        assertEquals(200, form.status(), form::toString);
        assertTrue(form.contains("<form id=\"action-form\" method=\"post\" action=\"action\">"), form::toString);
        assertTrue(form.contains("<input type=\"hidden\" name=\"_selected_action\" value=\"" + second + "\">"),
                form::toString);
        assertTrue(form.contains("<input type=\"checkbox\" name=\"_include\" value=\"questionText\" id=\"include-questionText\""),
                form::toString);
        assertTrue(form.contains("<button type=\"submit\" name=\"apply\" value=\"1\" id=\"apply\">Apply</button>"),
                form::toString);
    }

    @Test
    void massUpdateChangesTheSelectedRowsOnly() {
        long first = question(unique("Before?"));
        long second = question(unique("Before?"));
        String untouched = unique("Not selected?");
        long third = question(untouched);
        String text = unique("After!");

        AdminPage done = admin.apply("question", "mass_update", List.of(first, second),
                "_include", "questionText", "questionText", text);

        assertEquals(303, done.status(), done::toString);
        AdminPage list = admin.follow(done);
        assertEquals(List.of("Updated 2 records"), list.messages("success"), list::toString);
        assertEquals(text, questionText(first));
        assertEquals(text, questionText(second));
        assertEquals(untouched, questionText(third));
    }

    @Test
    void massUpdateSendsRequestedStartAndEndAroundTheSaves() {
        long first = question(unique("Signals?"));
        long second = question(unique("Signals?"));
        String text = unique("Signalled!");
        admin.go("question", "mass_update", first, second);
        int before = client.signals().size();

        admin.apply("question", "mass_update", List.of(first, second), "_include", "questionText", "questionText", text);

        List<String> log = signalsSince(before);
        int requested = log.indexOf("adminaction_requested Question mass_update 2 by admin");
        int start = indexStarting(log, "adminaction_start Question mass_update");
        int end = log.indexOf("adminaction_end Question mass_update updated=2");
        assertTrue(requested >= 0 && requested < start && start < end, log::toString);
        assertEquals(2, countStarting(log.subList(start, end), "post_save Question[" + text + "]"), log::toString);
    }

    @Test
    void anObserverVetoShowsItsMessageAndChangesNothing() {
        List<Long> ids = client.post(201, "api/questions", "text", unique("Vetoed?"), "choice", "Yes", "choice", "No")
                .ids();
        List<Long> choices = ids.subList(1, 3);
        int before = client.signals().size();

        AdminPage done = admin.apply("choice", "mass_update", choices, "_include", "votes", "votes", "99");

        assertEquals(303, done.status(), done::toString);
        AdminPage list = admin.follow(done);
        assertEquals(List.of(VOTES_VETO), list.messages("error"), list::toString);
        assertFalse(client.get("api/questions/" + ids.get(0)).body().contains("\"votes\":99"), "votes were changed");
        assertEquals(0, countStarting(signalsSince(before), "adminaction_end"));
    }

    @Test
    void anEndObserverVetoRollsTheUpdateBack() {
        String name = unique("Margherita");
        long id = client.post(201, "api/pizzas", "name", name).id();

        AdminPage done = admin.apply("pizza", "mass_update", List.of(id), "_include", "name", "name", " ");

        assertEquals(303, done.status(), done::toString);
        AdminPage list = admin.follow(done);
        assertEquals(List.of(PIZZA_VETO), list.messages("error"), list::toString);
        assertTrue(client.get("api/pizzas/" + id).body().contains("\"name\":\"" + name + "\""), "the update was kept");
    }

    @Test
    void aValueOfTheWrongTypeShowsTheFormAgainAndChangesNothing() {
        List<Long> ids = client.post(201, "api/questions", "text", unique("Typed?"), "choice", "Yes").ids();
        int before = client.signals().size();

        AdminPage page = admin.apply("choice", "mass_update", List.of(ids.get(1)),
                "_include", "choiceText", "choiceText", "Changed", "_include", "votes", "votes", "abc");

        assertEquals(400, page.status(), page::toString);
        assertTrue(page.hasErrorList(), page::toString);
        assertTrue(page.contains("<form id=\"action-form\""), page::toString);
        assertTrue(client.get("api/questions/" + ids.get(0)).body().contains("\"text\":\"Yes\""), "the choice changed");
        assertEquals(0, countStarting(signalsSince(before), "adminaction_start"));
    }

    @Test
    void anUnknownFieldShowsTheFormAgainAndChangesNothing() {
        String text = unique("Unknown field?");
        long id = question(text);

        AdminPage page = admin.apply("question", "mass_update", List.of(id),
                "_include", "questionText", "questionText", "Changed", "_include", "secret", "secret", "1");

        assertEquals(400, page.status(), page::toString);
        assertTrue(page.hasErrorList(), page::toString);
        assertEquals(text, questionText(id));
    }

    @Test
    void aTamperedIdIsRefusedAndChangesNothing() {
        String text = unique("Tampered?");
        long id = question(text);
        admin.go("question", "mass_update", id);

        AdminPage page = admin.apply("question", "mass_update", List.of(id, 999_999_999L),
                "_include", "questionText", "questionText", "Changed");

        assertEquals(400, page.status(), page::toString);
        assertTrue(page.hasErrorList(), page::toString);
        assertEquals(text, questionText(id));
    }

    @Test
    void goWithRowsThatDoNotExistAnswers400WithTheError() {
        AdminPage page = admin.go("question", "mass_update", 999_999_998L);

        assertEquals(400, page.status(), page::toString);
        assertTrue(page.contains("CDISIG-104: these Question rows do not exist (any more): [999999998]"),
                page::toString);
    }

    @Test
    void everyAdminAnswerForbidsFramingAndSniffingDownloadsAndRefusalsIncluded() {
        long id = question(unique("Framed?"));
        AdminClient editor = new AdminClient(base, ExampleUser.EDITOR);

        List<AdminPage> answers = List.of(admin.get("admin/"), admin.get("admin/question/"),
                admin.get("admin/no-such-entity/"), editor.get("admin/pizza/"),
                admin.apply("question", "export_csv", List.of(id), "columns", "id"));

        assertEquals(List.of(200, 200, 404, 403, 200), answers.stream().map(AdminPage::status).toList());
        for (AdminPage answer : answers) {
            assertEquals("DENY", answer.header("X-Frame-Options"), answer::toString);
            assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"), answer::toString);
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer::toString);
        }
    }

    @Test
    void anExportOfAnAttributeTheModelAdminDoesNotAllowIsRefusedAndHandsOutNothing() {
        List<Long> ids = client.post(201, "api/questions", "text", unique("Tallied?"), "choice", "Yes").ids();

        AdminPage page = admin.apply("choice", "export_csv", List.of(ids.get(1)), "columns", "choiceText,votes");
        AdminPage allowed = admin.apply("choice", "export_csv", List.of(ids.get(1)), "header", "true");

        assertEquals(400, page.status(), page::toString);
        assertTrue(page.contains("CDISIG-115: export_csv may not use &quot;votes&quot; of Choice; its ModelAdmin"
                + " allows id, choiceText."), page::toString);
        assertEquals(null, page.header("Content-Disposition"), page::toString);
        assertEquals("id,choiceText\r\n" + ids.get(1) + ",Yes\r\n", allowed.body());
    }

    @Test
    void staffWhoIsNoChefMayNotMergeQuestions() {
        long first = question(unique("Merge me?"));
        long second = question(unique("Merge me?"));
        AdminClient editor = new AdminClient(base, ExampleUser.EDITOR);
        int before = client.signals().size();

        AdminPage list = editor.get("admin/question/");
        AdminPage refused = editor.apply("question", "merge", List.of(first, second));

        assertFalse(list.contains("<option value=\"merge\">"), list::toString);
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.contains("CDISIG-126: you need the role &quot;chef&quot; to run merge on Question."),
                refused::toString);
        assertEquals(0, countStarting(signalsSince(before), "adminaction_"));
        assertEquals(200, client.get("api/questions/" + second).status(), "the question was merged away");
    }

    @Test
    void exportCsvDownloadsTheColumnsWithFormulasNeutralised() {
        String formula = unique("=HYPERLINK(1)");
        long id = question(formula);

        AdminPage file = admin.apply("question", "export_csv", List.of(id),
                "columns", "id,questionText", "header", "true", "delimiter", ",", "quote", "\"");

        assertEquals(200, file.status(), file::toString);
        assertTrue(file.header("Content-Disposition").startsWith("attachment"), file::toString);
        assertEquals("id,questionText\r\n" + id + ",'" + formula + "\r\n", file.body());
    }

    private long question(String text) {
        return client.post(201, "api/questions", "text", text).id();
    }

    /** The question's text as the database has it now. */
    private String questionText(long id) {
        String json = client.get("api/questions/" + id).body();
        int start = json.indexOf("\"text\":\"") + "\"text\":\"".length();
        return json.substring(start, json.indexOf('"', start));
    }

    private static int indexStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
