package org.cdisignals.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cdisignals.admin.ActionField;
import org.cdisignals.admin.ActionField.Kind;
import org.cdisignals.polls.Choice;
import org.cdisignals.polls.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form fields each built-in action offers the admin pages, for the rows selected. */
class ActionFieldsTest {

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
    void massUpdateOffersEveryColumnItMayWriteAsAnOptionalFieldAndTheBulkSwitch() {
        List<Long> ids = admin.questions("a");
        List<Long> choices = admin.fixture.inTransactionReturning(em ->
                em.createQuery("SELECT c.id FROM Choice c", Long.class).getResultList());

        // Question's version is an ordinary column, not a @Version, but not a changelist column: it is not offered.
        assertEquals(List.of(ActionField.text("questionText", "questionText", "").asOptional(),
                        ActionField.checkbox("_bulk", "Bulk update: one UPDATE statement, no model signals", false)),
                admin.request(Question.class, "mass_update", ids).fields());
        assertEquals(List.of("choiceText", "votes", "_bulk"),
                admin.request(Choice.class, "mass_update", choices).fields().stream().map(ActionField::name).toList());
    }

    @Test
    void exportCsvStartsFromTheModelAdminColumnsWithHeaderAndCommas() {
        List<Long> ids = admin.questions("a");

        List<ActionField> fields = admin.request(Question.class, "export_csv", ids).fields();

        assertEquals(List.of("columns", "header", "delimiter", "quote"), fields.stream().map(ActionField::name).toList());
        assertEquals(List.of("id,questionText", "true", ",", "\""), fields.stream().map(ActionField::initial).toList());
        assertEquals(Kind.CHECKBOX, fields.get(1).kind());
    }

    @Test
    void mergeOffersTheTwoSelectedRowsToKeep() {
        List<Long> ids = admin.questions("a", "b");

        ActionField keep = admin.request(Question.class, "merge", ids).fields().get(0);

        assertEquals(Kind.CHOICE, keep.kind());
        assertEquals(List.of(String.valueOf(ids.get(0)), String.valueOf(ids.get(1))), keep.choices());
        assertEquals(String.valueOf(ids.get(0)), keep.initial());
    }

    @Test
    void aStoppedRunOffersNoFields() {
        assertEquals(List.of(), admin.request(Question.class, "mass_update", List.of()).fields());
    }
}
