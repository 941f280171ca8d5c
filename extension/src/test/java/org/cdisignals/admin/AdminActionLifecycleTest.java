package org.cdisignals.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cdisignals.admin.ActionOutcome.Status;
import org.cdisignals.polls.Choice;
import org.cdisignals.polls.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminActionLifecycleTest {

    private static final List<String> ORIGINAL = List.of("Tea?", "Coffee?", "Cocoa?");

    private AdminTestSupport admin;
    private List<Long> ids;

    @BeforeEach
    void questions() {
        admin = new AdminTestSupport();
        ids = admin.questions(ORIGINAL.toArray(String[]::new));
        admin.fixture.log().clear();
    }

    @AfterEach
    void close() {
        admin.close();
    }

    @Test
    void goSendsRequestedThenApplySendsStartRunsAndSendsEndInThatOrder() {
        ActionRun<Question> run = admin.request(Question.class, "mass_update", ids);
        assertTrue(run.stopped().isEmpty());
        assertEquals(List.of("Requested Question mass_update count=3 request=null admin of Question"),
                admin.log("Requested", "Start", "End"));

        ActionOutcome outcome = run.apply(Map.of("questionText", "Closed"));

        assertEquals(Status.DONE, outcome.status());
        assertEquals("Updated 3 records", outcome.message());
        assertEquals(3, outcome.updated());
        assertEquals(List.of("Closed", "Closed", "Closed"), admin.texts());
        List<String> lines = admin.log("Start", "PreSave", "PostSave", "End");
        assertEquals("Start Question mass_update {questionText=Closed}", lines.get(0));
        assertEquals("End Question mass_update updated=3 errors={}", lines.get(lines.size() - 1));
        assertEquals(3, lines.stream().filter(line -> line.startsWith("PreSave Question[Closed]")).count());
        assertEquals(3, lines.stream().filter(line -> line.startsWith("PostSave Question[Closed] updated")).count());
    }

    @Test
    void requestedObserverVetoStopsBeforeTheFormAndChangesNothing() {
        admin.observers().vetoAt("Requested");

        ActionRun<Question> run = admin.request(Question.class, "mass_update", ids);

        assertEquals(Status.INTERRUPTED, run.stopped().orElseThrow().status());
        assertEquals("Vetoed at Requested", run.stopped().orElseThrow().message());
        assertThrows(IllegalStateException.class, () -> run.apply(Map.of("questionText", "Closed")));
        assertEquals(List.of(), admin.log("Start", "End", "PreSave"));
        assertEquals(ORIGINAL, admin.texts());
    }

    @Test
    void requestedObserverCanVetoByAskingTheSelection() {
        List<Long> withLocked = admin.questions("locked");

        ActionOutcome outcome = admin.run(Question.class, "mass_update", List.of(ids.get(0), withLocked.get(0)),
                Map.of("questionText", "Closed"));

        assertEquals(Status.INTERRUPTED, outcome.status());
        assertEquals("Locked questions cannot be changed", outcome.message());
        assertEquals(List.of("Tea?", "Coffee?", "Cocoa?", "locked"), admin.texts());
    }

    @Test
    void startObserverVetoRunsNothingAndChangesNothing() {
        admin.observers().vetoAt("Start");

        ActionOutcome outcome = admin.run(Question.class, "mass_update", ids, Map.of("questionText", "Closed"));

        assertEquals(Status.INTERRUPTED, outcome.status());
        assertEquals("Vetoed at Start", outcome.message());
        assertEquals(List.of(), admin.log("PreSave", "PostSave", "End"));
        assertEquals(ORIGINAL, admin.texts());
    }

    @Test
    void endObserverVetoRollsTheWrittenRowsBack() {
        admin.observers().vetoAt("End");

        ActionOutcome outcome = admin.run(Question.class, "mass_update", ids, Map.of("questionText", "Closed"));

        assertEquals(Status.INTERRUPTED, outcome.status());
        assertEquals("Vetoed at End", outcome.message());
        assertEquals(3, admin.log("PostSave Question[Closed]").size());
        assertEquals(ORIGINAL, admin.texts());
    }

    @Test
    void endObserverVetoOfAnExportWithholdsTheFile() {
        admin.observers().vetoAt("End");

        ActionOutcome outcome = admin.run(Question.class, "export_csv", ids, Map.of());

        assertEquals(Status.INTERRUPTED, outcome.status());
        assertNull(outcome.download());
    }

    @Test
    void anInterruptionFromAModelSignalObserverDuringTheActionRollsBackWithItsMessage() {
        ActionOutcome outcome = admin.run(Question.class, "mass_update", ids, Map.of("questionText", "forbidden"));

        assertEquals(Status.INTERRUPTED, outcome.status());
        assertEquals("Questions cannot be forbidden", outcome.message());
        assertEquals(List.of(), admin.log("End"));
        assertEquals(ORIGINAL, admin.texts());
    }

    @Test
    void anyOtherExceptionRollsBackAndIsReportedAsAFailure() {
        admin.observers().vetoAt("End!");

        ActionOutcome outcome = admin.run(Question.class, "mass_update", ids, Map.of("questionText", "Closed"));

        assertEquals(Status.FAILED, outcome.status());
        assertTrue(outcome.message().startsWith("CDISIG-108: the action mass_update failed"), outcome.message());
        assertTrue(outcome.message().contains("audit log is down"), outcome.message());
        assertEquals(ORIGINAL, admin.texts());
    }

    @Test
    void anObserverWithSenderAndActionReceivesOnlyThatActionOfThatModel() {
        Long choice = admin.fixture.inTransactionReturning(em ->
                em.createQuery("SELECT c.id FROM Choice c ORDER BY c.id", Long.class).setMaxResults(1)
                        .getSingleResult());

        assertEquals(Status.DONE, admin.run(Choice.class, "mass_update", List.of(choice), Map.of("votes", "4"))
                .status());
        assertEquals(Status.DONE, admin.run(Question.class, "export_csv", ids, Map.of()).status());
        assertEquals(List.of(), admin.log("Filtered"));
        assertEquals(Status.DONE, admin.run(Question.class, "mass_update", ids, Map.of("questionText", "x"))
                .status());

        assertEquals(List.of("Filtered Question mass_update"), admin.log("Filtered"));
        assertEquals(3, admin.log("Start").size());
    }

    @Test
    void unknownFieldsWrongTypesAndTheIdAreFormErrorsWithoutStart() {
        Long choice = admin.fixture.inTransactionReturning(em ->
                em.createQuery("SELECT c.id FROM Choice c ORDER BY c.id", Long.class).setMaxResults(1)
                        .getSingleResult());

        ActionOutcome unknown = admin.run(Question.class, "mass_update", ids, Map.of("owner", "me"));
        ActionOutcome wrongType = admin.run(Choice.class, "mass_update", List.of(choice), Map.of("votes", "many"));
        ActionOutcome id = admin.run(Question.class, "mass_update", ids, Map.of("id", "1"));
        ActionOutcome nothing = admin.run(Question.class, "mass_update", ids, Map.of());

        assertEquals(Status.INVALID, unknown.status());
        assertEquals(Map.of("owner", "CDISIG-106: Question has no field \"owner\" this action can use."),
                unknown.errors());
        assertEquals(Map.of("votes", "CDISIG-107: \"many\" is not a valid int for votes."), wrongType.errors());
        assertEquals(Status.INVALID, id.status());
        assertTrue(id.errors().containsKey("id"));
        assertEquals(Map.of(ActionForm.NON_FIELD, "CDISIG-112: choose at least one field to update."),
                nothing.errors());
        assertEquals(List.of(), admin.log("Start", "End", "PreSave"));
        assertEquals(ORIGINAL, admin.texts());
    }

    @Test
    void emptyMalformedOrMissingIdsAndUnknownActionsStopBeforeRequested() {
        ActionRun<Question> empty = admin.request(Question.class, "mass_update", List.of());
        ActionRun<Question> malformed = admin.request(Question.class, "mass_update", List.of("1 OR 1=1"));
        ActionRun<Question> missing = admin.request(Question.class, "mass_update", List.of(ids.get(0), -5L));
        ActionRun<Question> unknown = admin.request(Question.class, "drop_table", ids);
        ActionRun<Choice> notAllowed = admin.request(Choice.class, Shout.NAME, List.of());

        assertEquals("CDISIG-103: no rows are selected; select at least one row for an action.",
                empty.stopped().orElseThrow().message());
        assertEquals("CDISIG-105: \"1 OR 1=1\" is not a valid id (Long).", malformed.stopped().orElseThrow().message());
        assertEquals("CDISIG-104: these Question rows do not exist (any more): [-5]; nothing was changed.",
                missing.stopped().orElseThrow().message());
        assertEquals("CDISIG-102: \"drop_table\" is not an action of Question.",
                unknown.stopped().orElseThrow().message());
        assertEquals(Status.INVALID, notAllowed.stopped().orElseThrow().status());
        assertEquals(List.of(), admin.log("Requested"));
    }

    @Test
    void idsStringsAsSubmittedAreAccepted() {
        ActionOutcome outcome = admin.run(Question.class, "mass_update",
                ids.stream().map(String::valueOf).toList(), Map.of("questionText", "Closed"));

        assertEquals("Updated 3 records", outcome.message());
    }

    @Test
    void rowsDeletedBetweenGoAndApplyAreAFormErrorWithoutStart() {
        ActionRun<Question> run = admin.request(Question.class, "mass_update", ids);
        admin.fixture.inTransaction(em -> em.remove(em.find(Question.class, ids.get(1))));

        ActionOutcome outcome = run.apply(Map.of("questionText", "Closed"));

        assertEquals(Status.INVALID, outcome.status());
        assertEquals("CDISIG-104: these Question rows do not exist (any more): [" + ids.get(1)
                + "]; nothing was changed.", outcome.errors().get(ActionForm.NON_FIELD));
        assertEquals(List.of(), admin.log("Start"));
        assertEquals(List.of("Tea?", "Cocoa?"), admin.texts());
    }

    @Test
    void aModelWithoutModelAdminIsAProgrammingError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> admin.request(org.cdisignals.polls.Pizza.class, "mass_update", List.of(1L)));
        assertTrue(e.getMessage().startsWith("CDISIG-101"));
    }

    @Test
    void aCustomActionRunsThroughTheSameLifecycle() {
        ActionOutcome outcome = admin.run(Question.class, Shout.NAME, ids, Map.of());

        assertEquals(Status.DONE, outcome.status());
        assertEquals("Shouted 3", outcome.message());
        assertEquals(List.of("TEA?", "COFFEE?", "COCOA?"), admin.texts());
        assertEquals(List.of("Requested Question shout count=3 request=null admin of Question",
                "Start Question shout {}", "End Question shout updated=3 errors={}"),
                admin.log("Requested", "Start", "End"));
        assertFalse(admin.log("PreSave Question[TEA?]").isEmpty());
    }
}
