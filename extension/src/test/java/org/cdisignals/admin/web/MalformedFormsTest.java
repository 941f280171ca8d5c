package org.cdisignals.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.cdisignals.admin.AdminTestSupport;
import org.cdisignals.admin.web.AdminPages.Answer;
import org.cdisignals.polls.Pizza;
import org.cdisignals.polls.Topping;

/**
 * Random and malformed forms against the pages (one fixture for all tries, so the database carries over): no answer is
 * a 500, every refusal says why, and only an answer that ran an action changes the database.
 */
class MalformedFormsTest {

    private static final List<String> NAMES = List.of("questionText", "version", "id", "choiceText", "votes",
            "question", "name", "toppings", "_bulk", "columns", "fields", "keep", "header", "delimiter", "quote",
            "_include", "_selected_action", "action", "apply", "page", "", "__all__", "password");
    private static final List<String> VALUES = List.of("", " ", "1", "-1", "0", "abc", "true", "no", "=cmd()",
            "id,questionText", "questionText,version", "choiceText,question", ";", ";;", "\"", "\n", "1e3",
            "99999999999999999999", "2024-13-45", "' OR '1'='1", "<script>", "locked", "forbidden", "%00", "\u0000");

    private static AdminPages pages;
    private static List<String> ids;

    /** One request as the generator makes it. */
    record Form(String method, String path, boolean token, List<String> parameters) {
    }

    @BeforeContainer
    static void start() {
        pages = new AdminPages(new AdminTestSupport(PizzaAdmin.class));
        ids = new ArrayList<>();
        pages.admin.questions("Tea?", "Coffee?", "=1+1", "locked").forEach(id -> ids.add(String.valueOf(id)));
        ids.addAll(pages.admin.fixture.inTransactionReturning(em -> {
            Topping cheese = new Topping("Cheese");
            em.persist(cheese);
            Pizza pizza = new Pizza("Margherita");
            pizza.getToppings().add(cheese);
            em.persist(pizza);
            em.persist(new Topping("Basil"));
            return List.of(String.valueOf(cheese.getId()), String.valueOf(pizza.getId()));
        }));
        pages.token();
    }

    @AfterContainer
    static void stop() {
        pages.close();
    }

    @Property(tries = 300)
    void noFormIsAnsweredWith500AndOnlyARunActionChangesTheDatabase(@ForAll("forms") Form form,
                                                                   @ForAll boolean chef) {
        pages.roles = chef ? Set.of("staff", "chef") : Set.of("staff");
        List<String> before = snapshot();

        Answer answer = form.token()
                ? pages.post(form.path(), form.parameters().toArray(String[]::new))
                : pages.call(form.method(), form.path(), form.parameters().toArray(String[]::new));

        Statistics.collect(answer.status());
        assertTrue(Set.of(200, 303, 400, 403, 404, 405).contains(answer.status()), answer::toString);
        // The container's own 405 aside, a refusal says why (the library's messages carry a code; Shout's own does not).
        if (answer.status() >= 400 && answer.status() != 405) {
            assertTrue(answer.body().contains("CDISIG-1") || answer.body().contains("class=\"errorlist"),
                    answer::toString);
        }
        boolean ran = answer.status() == 303 && pages.get("/").body().contains("<li class=\"success\">");
        if (!ran) {
            assertEquals(before, snapshot(), answer::toString);
        }
    }

    @Property(tries = 200)
    void aFormNamingAnAttributeTheActionMayNotUseIsRefusedWith400AndChangesNothing(
            @ForAll("forbidden") List<String> parameters) {
        pages.roles = Set.of("staff", "chef");
        List<String> before = snapshot();

        Answer answer = pages.post("/question/action", parameters.toArray(String[]::new));

        assertEquals(400, answer.status(), answer::toString);
        assertTrue(answer.body().contains("CDISIG-115") || answer.body().contains("CDISIG-106"), answer::toString);
        assertEquals(before, snapshot());
    }

    @Provide
    Arbitrary<Form> forms() {
        // Mostly the action URLs, where forms are read; now and then a page that takes none or does not exist.
        Arbitrary<String> path = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of("/question/action", "/choice/action", "/topping/action", "/pizza/action")),
                Tuple.of(1, Arbitraries.of("/question/", "/question/action/x", "/nothing/action", "/")));
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.strings().ofMaxLength(8));
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(VALUES), Arbitraries.of(ids),
                Arbitraries.strings().ofMaxLength(30));
        Arbitrary<List<String>> pairs = Combinators.combine(name, value).as(List::of).list().ofMaxSize(8)
                .map(list -> list.stream().flatMap(List::stream).toList());
        Arbitrary<List<String>> controls = Combinators.combine(
                Arbitraries.of("mass_update", "export_csv", "export_json", "merge", "shout", "", "delete_all"),
                Arbitraries.of(ids).list().ofMaxSize(3), Arbitraries.of(true, false)).as((action, selected, apply) -> {
                    List<String> list = new ArrayList<>(List.of("action", action));
                    selected.forEach(id -> list.addAll(List.of("_selected_action", id)));
                    if (apply) {
                        list.addAll(List.of("apply", "1"));
                    }
                    return list;
                });
        Arbitrary<List<String>> parameters = Combinators.combine(controls, pairs).as((c, p) -> {
            List<String> all = new ArrayList<>(c);
            all.addAll(p);
            return all;
        });
        Arbitrary<String> methods = Arbitraries.frequency(Tuple.of(8, "POST"), Tuple.of(2, "GET"), Tuple.of(1, "PUT"));
        return Combinators.combine(methods, path,
                Arbitraries.of(true, true, false), parameters)
                .as((method, where, token, params) -> new Form(method, where, token && method.equals("POST"), params));
    }

    /** Apply of mass_update or an export on questions, naming at least one attribute the action may not use. */
    @Provide
    Arbitrary<List<String>> forbidden() {
        Arbitrary<String> selected = Arbitraries.of(ids.subList(0, 3));
        Arbitrary<List<String>> update = Combinators.combine(selected,
                Arbitraries.of("version", "choices", "password", "id"), Arbitraries.of(VALUES))
                .as((id, attribute, value) -> List.of("action", "mass_update", "_selected_action", id, "apply", "1",
                        "_include", "questionText", "questionText", "ok", "_include", attribute, attribute, value));
        Arbitrary<List<String>> export = Combinators.combine(selected, Arbitraries.of("export_csv", "export_json"),
                Arbitraries.of("version", "choices", "password"))
                .as((id, action, attribute) -> List.of("action", action, "_selected_action", id, "apply", "1",
                        action.equals("export_csv") ? "columns" : "fields", "questionText," + attribute));
        return Arbitraries.oneOf(update, export);
    }

    /** Every row of the polls tables the pages can reach, read in a new entity manager (what is committed). */
    private static List<String> snapshot() {
        EntityManager reader = pages.admin.fixture.factory().createEntityManager();
        try {
            List<String> rows = new ArrayList<>();
            reader.createQuery("SELECT q.id, q.questionText, q.version FROM Question q ORDER BY q.id", Object[].class)
                    .getResultList().forEach(r -> rows.add("Q " + Arrays.asList(r)));
            reader.createQuery("SELECT c.id, c.choiceText, c.votes, c.question.id FROM Choice c ORDER BY c.id",
                    Object[].class).getResultList().forEach(r -> rows.add("C " + Arrays.asList(r)));
            reader.createQuery("SELECT t.id, t.name FROM Topping t ORDER BY t.id", Object[].class)
                    .getResultList().forEach(r -> rows.add("T " + Arrays.asList(r)));
            reader.createQuery("SELECT p.id, p.name FROM Pizza p ORDER BY p.id", Object[].class)
                    .getResultList().forEach(r -> rows.add("P " + Arrays.asList(r)));
            reader.createQuery("SELECT p.id, t.id FROM Pizza p JOIN p.toppings t ORDER BY p.id, t.id", Object[].class)
                    .getResultList().forEach(r -> rows.add("PT " + Arrays.asList(r)));
            return rows;
        } finally {
            reader.close();
        }
    }
}
