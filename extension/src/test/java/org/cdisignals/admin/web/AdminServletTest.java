package org.cdisignals.admin.web;

import static org.cdisignals.support.Fakes.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.Principal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.cdisignals.admin.AdminTestSupport;
import org.cdisignals.admin.Transactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin pages as a browser uses them, in-JVM: the servlet with the real runner, entity manager and observers, and
 * a fake container around it that keeps one session and says who the user is.
 */
class AdminServletTest {

    private AdminTestSupport admin;
    private AdminServlet servlet;
    private final Map<String, Object> session = new HashMap<>();
    private Principal user = () -> "ada";
    private Set<String> roles = Set.of("staff");

    /** One answer of the servlet. */
    private record Answer(int status, String body, Map<String, String> headers) {
    }

    @BeforeEach
    void start() {
        admin = new AdminTestSupport(PizzaAdmin.class);
        AdminPersistence persistence = new AdminPersistence() {
            @Override
            public EntityManager entityManager() {
                return admin.em;
            }

            @Override
            public <R> R inTransaction(Supplier<R> work) {
                return Transactions.resourceLocal(admin.em).inTransaction(work);
            }
        };
        servlet = new AdminServlet();
        servlet.admin = admin.admin();
        servlet.persistence = instanceOf(persistence);
    }

    @AfterEach
    void stop() {
        admin.close();
    }

    @Test
    void goShowsTheFormAndApplyUpdatesThenRedirectsToTheListWithTheMessage() {
        List<Long> ids = admin.questions("a", "b", "c");
        String token = token();
        admin.fixture.log().clear();

        Answer go = post("/question/action", "action", "mass_update", "_selected_action", ids.get(0) + "",
                "_selected_action", ids.get(2) + "");
        Answer apply = post("/question/action", "action", "mass_update", "_selected_action", ids.get(0) + "",
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
        assertTrue(get("/question/").body().contains("<li class=\"success\">Updated 2 records</li>"));
        assertFalse(get("/question/").body().contains("Updated 2 records"), "a message is shown once");
    }

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsForbiddenAndRunsNothing() {
        List<Long> ids = admin.questions("a");
        token();
        admin.fixture.log().clear();

        Answer missing = postWithoutToken("/question/action", "action", "mass_update", "_selected_action",
                ids.get(0) + "", "_include", "questionText", "questionText", "Hacked", "apply", "1");
        Answer wrong = postWithoutToken("/question/action", Csrf.FIELD, "guess", "action", "mass_update",
                "_selected_action", ids.get(0) + "", "_include", "questionText", "questionText", "Hacked", "apply", "1");

        assertEquals(403, missing.status());
        assertEquals(403, wrong.status());
        assertTrue(missing.body().contains("CDISIG-120: CSRF verification failed."));
        assertEquals(List.of("a"), admin.texts());
        assertEquals(List.of(), admin.fixture.log().startingWith("Requested"));
    }

    @Test
    void anUnknownFieldComesBackWithTheFormAndChangesNothing() {
        List<Long> ids = admin.questions("a");
        token();

        Answer answer = post("/question/action", "action", "mass_update", "_selected_action", ids.get(0) + "",
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
        token();

        Answer answer = post("/question/action", "action", "mass_update", "_selected_action", ids.get(0) + "",
                "_selected_action", "1' OR '1'='1", "_include", "questionText", "questionText", "Closed", "apply", "1");

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("CDISIG-105"), answer.body());
        assertEquals(List.of("a"), admin.texts());
    }

    @Test
    void aVetoWhenRequestedGoesBackToTheListWithItsMessage() {
        List<Long> ids = admin.questions("locked");
        token();

        Answer go = post("/question/action", "action", "mass_update", "_selected_action", ids.get(0) + "");

        assertEquals(303, go.status());
        assertTrue(get("/question/").body().contains("<li class=\"error\">Locked questions cannot be changed</li>"));
    }

    @Test
    void aFailureRollsBackAndAnswersWithAnErrorPage() {
        List<Long> ids = admin.questions("a");
        token();
        admin.observers().vetoAt("End!");

        Answer answer = post("/question/action", "action", "mass_update", "_selected_action", ids.get(0) + "",
                "_include", "questionText", "questionText", "Closed", "apply", "1");

        assertEquals(500, answer.status());
        assertTrue(answer.body().contains("<h1>Action failed</h1>"), answer.body());
        assertTrue(answer.body().contains("CDISIG-108: the action mass_update failed and changed nothing"));
        assertEquals(List.of("a"), admin.texts());
    }

    @Test
    void anExportIsHandedOutAsAnAttachment() {
        List<Long> ids = admin.questions("=1+1");
        token();

        Answer answer = post("/question/action", "action", "export_csv", "_selected_action", ids.get(0) + "",
                "columns", "questionText", "header", "true", "delimiter", ",", "quote", "\"", "apply", "1");

        assertEquals(200, answer.status());
        assertEquals("attachment; filename=\"question.csv\"", answer.headers().get("Content-Disposition"));
        assertEquals("questionText\r\n'=1+1\r\n", answer.body());
    }

    @Test
    void aUserWithoutTheModelAdminsRoleIsForbiddenAndDoesNotSeeIt() {
        Answer index = get("/");
        Answer pizzas = get("/pizza/");

        assertEquals(403, pizzas.status());
        assertTrue(pizzas.body().contains("CDISIG-121: you need the role &quot;chef&quot; to administer Pizza."));
        assertTrue(index.body().contains("<a href=\"question/\">Question</a>"));
        assertFalse(index.body().contains("pizza/"), index.body());

        roles = Set.of("staff", "chef");
        assertEquals(200, get("/pizza/").status());
    }

    @Test
    void withoutALoggedInUserNothingIsServed() {
        user = null;

        assertEquals(403, get("/question/").status());
        assertTrue(get("/").body().contains("CDISIG-122"));
    }

    @Test
    void theChangelistPagesThroughTheRowsInIdOrder() {
        List<Long> ids = admin.questions(Collections.nCopies(105, "q").toArray(String[]::new));

        String second = get("/question/", "page", "2").body();

        assertTrue(second.contains("Page 2 of 2:"), second);
        assertTrue(second.contains("id=\"select-" + ids.get(100) + "\""));
        assertFalse(second.contains("id=\"select-" + ids.get(99) + "\""));
        assertTrue(second.contains("<caption>105 questions</caption>"));
        assertEquals(404, get("/nothing/").status());
    }

    /** The CSRF token the changelist's form carries. */
    private String token() {
        Matcher token = Pattern.compile("name=\"" + Csrf.FIELD + "\" value=\"([^\"]+)\"")
                .matcher(get("/question/").body());
        assertTrue(token.find());
        return token.group(1);
    }

    private Answer get(String path, String... parameters) {
        return call("GET", path, parameters);
    }

    /** A POST carrying the session's token, as the pages' forms do. */
    private Answer post(String path, String... parameters) {
        String[] withToken = Arrays.copyOf(parameters, parameters.length + 2);
        withToken[parameters.length] = Csrf.FIELD;
        withToken[parameters.length + 1] = String.valueOf(session.get(Csrf.class.getName()));
        return call("POST", path, List.of(parameters).contains(Csrf.FIELD) ? parameters : withToken);
    }

    private Answer postWithoutToken(String path, String... parameters) {
        return call("POST", path, parameters);
    }

    private Answer call(String method, String path, String... parameters) {
        Map<String, String[]> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            String[] old = values.getOrDefault(parameters[i], new String[0]);
            String[] added = Arrays.copyOf(old, old.length + 1);
            added[old.length] = parameters[i + 1];
            values.put(parameters[i], added);
        }
        HttpSession httpSession = fake(HttpSession.class, Map.of(
                "getAttribute", args -> session.get((String) args[0]),
                "setAttribute", args -> session.put((String) args[0], args[1]),
                "removeAttribute", args -> session.remove((String) args[0])));
        HttpServletRequest request = fake(HttpServletRequest.class, Map.ofEntries(
                Map.entry("getPathInfo", args -> path),
                Map.entry("getContextPath", args -> "/ctx"),
                Map.entry("getServletPath", args -> "/admin"),
                Map.entry("getRequestURI", args -> "/ctx/admin" + path),
                Map.entry("getUserPrincipal", args -> user),
                Map.entry("isUserInRole", args -> user != null && roles.contains((String) args[0])),
                Map.entry("getSession", args -> args == null || (Boolean) args[0] || !session.isEmpty()
                        ? httpSession : null),
                Map.entry("getParameter", args -> values.containsKey((String) args[0])
                        ? values.get((String) args[0])[0] : null),
                Map.entry("getParameterValues", args -> values.get((String) args[0])),
                Map.entry("getParameterMap", args -> values)));
        StringWriter body = new StringWriter();
        PrintWriter writer = new PrintWriter(body);
        int[] status = {200};
        Map<String, String> headers = new HashMap<>();
        HttpServletResponse response = fake(HttpServletResponse.class, Map.of(
                "setStatus", args -> status[0] = (Integer) args[0],
                "setHeader", args -> headers.put((String) args[0], (String) args[1]),
                "getWriter", args -> writer));
        try {
            if (method.equals("GET")) {
                servlet.doGet(request, response);
            } else {
                servlet.doPost(request, response);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        writer.flush();
        return new Answer(status[0], body.toString(), headers);
    }

    @SuppressWarnings("unchecked")
    private static Instance<AdminPersistence> instanceOf(AdminPersistence persistence) {
        return fake(Instance.class, Map.of("isResolvable", args -> true, "get", args -> persistence));
    }
}
