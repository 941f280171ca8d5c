package org.cdisignals.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.cdisignals.admin.ActionOutcome.Status;
import org.cdisignals.polls.Choice;
import org.cdisignals.polls.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link ModelAdmin#allowedAttributes} lets the built-in actions touch: by default the changelist's columns
 * (Question: id, questionText; Choice: id, choiceText, votes), so Question's version and Choice's question are out.
 */
class AllowedAttributesTest {

    private AdminTestSupport admin;

    @BeforeEach
    void start() {
        admin = new AdminTestSupport();
    }

    @AfterEach
    void close() {
        admin.close();
    }

    @Test
    void massUpdateRefusesAnAttributeItMayNotWriteAndChangesNothing() {
        List<Long> ids = admin.questions("a");
        admin.fixture.log().clear();

        ActionOutcome outcome = admin.run(Question.class, "mass_update", ids,
                Map.of("questionText", "Changed", "version", "41"));

        assertEquals(Status.INVALID, outcome.status());
        assertEquals(Map.of("version", "CDISIG-115: mass_update may not use \"version\" of Question; its ModelAdmin"
                + " allows questionText."), outcome.errors());
        assertEquals(List.of("a"), admin.texts());
        assertEquals(0, admin.count("SELECT COUNT(q) FROM Question q WHERE q.version = 41"));
        assertEquals(List.of(), admin.log("Start", "PreSave"));
    }

    @Test
    void massUpdateRefusesTheIdEvenWhenTheChangelistShowsIt() {
        List<Long> ids = admin.questions("a");

        ActionOutcome outcome = admin.run(Question.class, "mass_update", ids, Map.of("id", "7"));

        assertEquals(Map.of("id", "CDISIG-115: mass_update may not use \"id\" of Question; its ModelAdmin"
                + " allows questionText."), outcome.errors());
        assertEquals(ids, admin.fixture.inTransactionReturning(em ->
                em.createQuery("SELECT q.id FROM Question q", Long.class).getResultList()));
    }

    @Test
    void exportCsvRefusesAColumnItMayNotEmitAndHandsOutNothing() {
        List<Long> ids = admin.questions("a");
        admin.fixture.log().clear();

        ActionOutcome outcome = admin.run(Question.class, "export_csv", ids, Map.of("columns", "questionText,version"));

        assertEquals(Status.INVALID, outcome.status());
        assertEquals(Map.of("columns", "CDISIG-115: export_csv may not use \"version\" of Question; its ModelAdmin"
                + " allows id, questionText."), outcome.errors());
        assertNull(outcome.download());
        assertEquals(List.of(), admin.log("Start"));
    }

    @Test
    void exportJsonRefusesAFieldItMayNotEmitAndHandsOutNothing() {
        admin.questions("Tea?");
        List<Long> choices = admin.fixture.inTransactionReturning(em ->
                em.createQuery("SELECT c.id FROM Choice c", Long.class).getResultList());

        ActionOutcome outcome = admin.run(Choice.class, "export_json", choices, Map.of("fields", "choiceText,question"));

        assertEquals(Status.INVALID, outcome.status());
        assertEquals(Map.of("fields", "CDISIG-115: export_json may not use \"question\" of Choice; its ModelAdmin"
                + " allows choiceText, votes."), outcome.errors());
        assertNull(outcome.download());
    }
}
