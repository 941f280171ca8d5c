package org.cdisignals.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.cdisignals.admin.ActionOutcome.Status;
import org.cdisignals.admin.web.PizzaAdmin;
import org.cdisignals.polls.Choice;
import org.cdisignals.polls.Pizza;
import org.cdisignals.polls.Question;
import org.cdisignals.polls.Topping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BuiltInActionsTest {

    private AdminTestSupport admin;

    @BeforeEach
    void start() {
        // Pizza's admin lets a topping merge re-point the pizzas' toppings; from code, its role is not asked for.
        admin = new AdminTestSupport(PizzaAdmin.class);
    }

    @AfterEach
    void close() {
        admin.close();
    }

    @Test
    void bulkMassUpdateWritesEveryRowInOneStatementAndSendsNoModelSignal() {
        List<Long> ids = admin.questions("a", "b");
        admin.fixture.log().clear();

        ActionOutcome outcome = admin.run(Question.class, "mass_update", ids,
                Map.of("questionText", "Closed", "_bulk", "true"));

        assertEquals("Updated 2 records (bulk update: model signals were not sent)", outcome.message());
        assertEquals(List.of("Closed", "Closed"), admin.texts());
        assertEquals(List.of(), admin.log("PreSave", "PostSave"));
        assertEquals(List.of("End Question mass_update updated=2 errors={}"), admin.log("End"));
    }

    @Test
    void massUpdateConvertsTypedValues() {
        admin.questions("a", "b");
        List<Long> choices = admin.fixture.inTransactionReturning(em ->
                em.createQuery("SELECT c.id FROM Choice c", Long.class).getResultList());

        ActionOutcome outcome = admin.run(Choice.class, "mass_update", choices, Map.of("votes", " 7 "));

        assertEquals("Updated 2 records", outcome.message());
        assertEquals(2, admin.count("SELECT COUNT(c) FROM Choice c WHERE c.votes = 7"));
    }

    @Test
    void exportCsvWritesTheChosenColumnsInTheDialectAndNeutralisesFormulas() {
        List<Long> ids = admin.questions("=SUM(A1)", "+A1", "-A2", "@cmd", "plain; text", "He said \"hi\"");

        ActionOutcome outcome = admin.run(Question.class, "export_csv", ids,
                Map.of("columns", "questionText", "delimiter", ";"));

        assertEquals(Status.DONE, outcome.status());
        assertEquals("Exported 6 records", outcome.message());
        assertEquals("question.csv", outcome.download().filename());
        assertEquals("text/csv; charset=UTF-8", outcome.download().contentType());
        assertEquals("questionText\r\n'=SUM(A1)\r\n'+A1\r\n'-A2\r\n'@cmd\r\n\"plain; text\"\r\n\"He said \"\"hi\"\"\"\r\n",
                outcome.download().body());
        assertEquals(0, outcome.updated());
    }

    @Test
    void exportCsvDefaultsToTheModelAdminColumnsWithHeader() {
        List<Long> ids = admin.questions("a", "b");

        ActionOutcome outcome = admin.run(Question.class, "export_csv", ids, Map.of("header", "false"));

        assertEquals(ids.get(0) + ",a\r\n" + ids.get(1) + ",b\r\n", outcome.download().body());
    }

    @Test
    void exportCsvRejectsUnknownColumnsAndBadDialects() {
        List<Long> ids = admin.questions("a");

        ActionOutcome outcome = admin.run(Question.class, "export_csv", ids,
                Map.of("columns", "questionText,password", "delimiter", ";;", "extra", "1"));

        assertEquals(Status.INVALID, outcome.status());
        assertEquals(Map.of("columns", "CDISIG-106: Question has no field \"password\" this action can use.",
                "delimiter", "CDISIG-111: delimiter must be a single character, not a line break, and delimiter and"
                        + " quote must differ.",
                "extra", "CDISIG-106: Question has no field \"extra\" this action can use."), outcome.errors());
        assertEquals(List.of(), admin.log("Start"));
    }

    @Test
    void exportJsonWritesAFixtureWithModelPkAndByDefaultTheChangelistColumns() {
        List<Long> ids = admin.questions("Tea?");
        Long choice = admin.fixture.inTransactionReturning(em ->
                em.createQuery("SELECT c.id FROM Choice c", Long.class).getSingleResult());

        ActionOutcome questions = admin.run(Question.class, "export_json", ids, Map.of("fields", "questionText"));
        ActionOutcome choices = admin.run(Choice.class, "export_json", List.of(choice), Map.of());

        assertEquals("[\n  {\"model\": \"polls.question\", \"pk\": " + ids.get(0)
                + ", \"fields\": {\"questionText\": \"Tea?\"}}\n]", questions.download().body());
        assertEquals("[\n  {\"model\": \"polls.choice\", \"pk\": " + choice
                + ", \"fields\": {\"choiceText\": \"Tea? choice\", \"votes\": 0}}\n]", choices.download().body());
        assertEquals("question.json", questions.download().filename());
    }

    @Test
    void mergeRepointsReferencesToTheKeptRowThenDeletesTheOther() {
        List<Long> ids = admin.questions("Tea?", "Tea, please?");
        admin.fixture.log().clear();

        ActionOutcome outcome = admin.run(Question.class, "merge", ids, Map.of("keep", String.valueOf(ids.get(0))));

        assertEquals(Status.DONE, outcome.status(), outcome.message());
        assertEquals("Merged Question#" + ids.get(1) + " into Question#" + ids.get(0) + "; re-pointed 1 reference",
                outcome.message());
        assertEquals(List.of("Tea?"), admin.texts());
        assertEquals(2, admin.count("SELECT COUNT(c) FROM Choice c WHERE c.question.id = ?1", ids.get(0)));
        assertEquals(2, admin.count("SELECT COUNT(c) FROM Choice c"));
        assertFalse(admin.log("PreSave Choice[Tea, please? choice]").isEmpty());
        assertEquals(List.of("PreDelete Question[Tea, please?] origin=Question[Tea, please?]"),
                admin.log("PreDelete"));
    }

    @Test
    void mergePutsTheKeptRowInEveryManyToManyCollectionThatHeldTheOther() {
        Long[] ids = admin.fixture.inTransactionReturning(em -> {
            Topping cheese = new Topping("Cheese");
            Topping cheddar = new Topping("Cheddar");
            em.persist(cheese);
            em.persist(cheddar);
            Pizza margherita = new Pizza("Margherita");
            margherita.getToppings().add(cheese);
            Pizza doubleCheese = new Pizza("Double");
            doubleCheese.getToppings().addAll(List.of(cheese, cheddar));
            Pizza plain = new Pizza("Plain");
            plain.getExtras().add(cheddar);
            List.of(margherita, doubleCheese, plain).forEach(em::persist);
            return new Long[] {cheese.getId(), cheddar.getId()};
        });
        admin.fixture.log().clear();

        ActionOutcome outcome = admin.run(Topping.class, "merge", List.of(ids[0], ids[1]),
                Map.of("keep", String.valueOf(ids[0])));

        assertEquals(Status.DONE, outcome.status(), outcome.message());
        assertEquals("Merged Topping#" + ids[1] + " into Topping#" + ids[0] + "; re-pointed 2 references",
                outcome.message());
        assertEquals(List.of("Double=Cheese", "Margherita=Cheese"), admin.fixture.inTransactionReturning(em ->
                em.createQuery("SELECT p.name, t.name FROM Pizza p JOIN p.toppings t ORDER BY p.name", Object[].class)
                        .getResultList().stream().map(r -> r[0] + "=" + r[1]).toList()));
        assertEquals(List.of("Plain=Cheese"), admin.fixture.inTransactionReturning(em ->
                em.createQuery("SELECT p.name, t.name FROM Pizza p JOIN p.extras t", Object[].class)
                        .getResultList().stream().map(r -> r[0] + "=" + r[1]).toList()));
        assertEquals(1, admin.count("SELECT COUNT(t) FROM Topping t"));
        assertFalse(admin.log("M2M PRE_REMOVE Pizza.extras").isEmpty());
    }

    @Test
    void mergeNeedsExactlyTwoRowsAndKeepsOneOfThem() {
        List<Long> ids = admin.questions("a", "b", "c");

        ActionOutcome three = admin.run(Question.class, "merge", ids, Map.of());
        ActionOutcome stranger = admin.run(Question.class, "merge", ids.subList(0, 2),
                Map.of("keep", String.valueOf(ids.get(2))));

        assertEquals(Map.of(ActionForm.NON_FIELD, "CDISIG-109: merge needs exactly two selected rows; 3 are selected."),
                three.errors());
        assertEquals(Map.of("keep", "CDISIG-110: the row to keep (" + ids.get(2)
                + ") must be one of the two selected rows."), stranger.errors());
        assertEquals(List.of("a", "b", "c"), admin.texts());
        assertEquals(3, admin.count("SELECT COUNT(c) FROM Choice c"));
    }

    @Test
    void selectionAnswersQuestionsAndStreamsOnePageAtATime() {
        List<Long> ids = admin.questions(IntStream.range(0, Selection.PAGE + 50).mapToObj(i -> "q" + i)
                .toArray(String[]::new));
        ActionRun<Question> run = admin.request(Question.class, "export_csv", ids);
        Selection<Question> selection = run.selection();
        admin.fixture.log().clear();

        assertEquals(Selection.PAGE + 50, selection.count());
        assertTrue(selection.exists("questionText", "q7"));
        assertFalse(selection.exists("questionText", "q7' OR '1'='1"));
        assertTrue(selection.exists((builder, q) -> builder.like(q.get("questionText"), "q14%")));
        assertEquals(List.of(), admin.log("PostInit"));

        assertEquals("q0", selection.stream().findFirst().orElseThrow().getQuestionText());
        assertEquals(Selection.PAGE, admin.log("PostInit Question").size());
    }
}
