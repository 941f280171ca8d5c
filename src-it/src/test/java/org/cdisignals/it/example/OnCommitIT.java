package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code @Observes(during = AFTER_SUCCESS)} as Django's {@code on_commit}, and an observer's veto: the example's
 * on-commit observer writes {@code after_commit …}; its moderator throws from {@code PreSave} for questions about spam.
 */
class OnCommitIT extends ExampleDeployment {

    @Test
    void afterSuccessObserverRunsOnceAfterTheCommit() {
        String text = unique("Committed?");
        int before = client.signals().size();

        client.post(201, "api/questions", "text", text);

        List<String> log = signalsSince(before);
        String postSave = "post_save Question[" + text + "] created=true update_fields=null";
        String afterCommit = "after_commit Question[" + text + "] created=true";
        assertEquals(1, count(log, afterCommit), log::toString);
        assertTrue(log.indexOf(postSave) >= 0 && log.indexOf(postSave) < log.indexOf(afterCommit), log::toString);
    }

    @Test
    void aRolledBackSaveSendsPostSaveButNoAfterCommit() {
        String text = unique("Rolled back?");
        int before = client.signals().size();

        client.post(500, "api/questions/rollback", "text", text);

        List<String> log = signalsSince(before);
        assertEquals(1, countStarting(log, "post_save Question[" + text + "] created=true"), log::toString);
        assertEquals(0, countStarting(log, "after_commit Question[" + text + "]"), log::toString);
        assertFalse(client.get("api/questions").body().contains(text), "the rolled-back question was stored");
    }

    @Test
    void aVetoedSaveLeavesNoRowAndNoAfterCommit() {
        String text = unique("Who wants spam?");
        int before = client.signals().size();

        ExampleClient.Response response = client.post(422, "api/questions", "text", text, "choice", "Me");

        assertTrue(response.body().contains("not allowed"), response::body);
        List<String> log = signalsSince(before);
        assertEquals(1, count(log, "rejected Question[" + text + "]"), log::toString);
        assertEquals(0, countStarting(log, "post_save Question[" + text + "]"), log::toString);
        assertEquals(0, countStarting(log, "post_save Choice[Me]"), log::toString);
        assertEquals(0, countStarting(log, "after_commit"), log::toString);
        assertFalse(client.get("api/questions").body().contains(text), "the vetoed question was stored");
    }

    @Test
    void aVetoedRenameKeepsTheOldText() {
        String text = unique("Lunch?");
        long id = client.post(201, "api/questions", "text", text).id();
        String spam = unique("Spam for lunch?");
        int before = client.signals().size();

        client.post(422, "api/questions/" + id + "/text", "text", spam);

        List<String> log = signalsSince(before);
        assertEquals(1, count(log, "rejected Question[" + spam + "]"), log::toString);
        assertEquals(0, countStarting(log, "post_save Question["), log::toString);
        assertEquals(0, countStarting(log, "after_commit"), log::toString);
        assertTrue(client.get("api/questions/" + id).body().contains("\"text\":\"" + text + "\""),
                "the vetoed rename was stored");
    }
}
