package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every transaction phase of the example's {@code PostSave} observers ({@code OnCommitObserver}), on each server,
 * for each moment the provider flushes: at the commit (creating a question: the service does not flush), by a
 * query's auto-flush (the deliberate rollback) and explicitly (the rename). On WildFly the flush at commit happens
 * inside Hibernate's JTA {@code beforeCompletion}, where the container alone would notify the {@code AFTER_FAILURE}
 * observer of a committed transaction and never the {@code AFTER_SUCCESS} one.
 */
class TransactionPhasesIT extends ExampleDeployment {

    @Test
    void aSaveFlushedAtTheCommitReachesEveryPhaseInOrderAndTheAsyncObserverAfterIt() {
        String text = unique("Flushed at commit?");
        int before = client.signals().size();

        client.post(201, "api/questions", "text", text);

        String q = "Question[" + text + "] created=true";
        assertEquals(List.of("pre_save Question[" + text + "]", "post_save " + q, "before_completion " + q,
                "after_commit " + q, "after_completion " + q, "async_after_commit " + q),
                phases(signalsSinceAwaiting(before, "async_after_commit Question[" + text + "]"), text));
        assertTrue(client.get("api/questions").body().contains(text), "the committed question was not stored");
    }

    @Test
    void aSaveFlushedByAQueryThenRolledBackReachesOnlyTheFailurePhases() throws InterruptedException {
        String text = unique("Flushed by a query?");
        int before = client.signals().size();

        client.post(500, "api/questions/rollback", "text", text);
        // Long enough for an asynchronous observer, had it been notified, to have written its line.
        Thread.sleep(500);

        String q = "Question[" + text + "] created=true";
        assertEquals(List.of("pre_save Question[" + text + "]", "post_save " + q, "after_rollback " + q,
                "after_completion " + q), phases(signalsSince(before), text));
        assertFalse(client.get("api/questions").body().contains(text), "the rolled-back question was stored");
    }

    @Test
    void aRenameFlushedExplicitlyReachesEveryPhaseInOrderAndTheAsyncObserverAfterTheCommit() {
        long id = client.post(201, "api/questions", "text", unique("Lunch?")).id();
        String text = unique("Dinner?");
        int before = client.signals().size();

        client.post(200, "api/questions/" + id + "/text", "text", text);

        String q = "Question[" + text + "] created=false";
        assertEquals(List.of("pre_save Question[" + text + "]", "post_save " + q, "before_completion " + q,
                "after_commit " + q, "after_completion " + q, "async_after_commit " + q),
                phases(signalsSinceAwaiting(before, "async_after_commit Question[" + text + "]"), text));
        assertTrue(client.get("api/questions/" + id).body().contains("\"text\":\"" + text + "\""),
                "the rename was not stored");
    }

    /** The save and phase lines of the question {@code text}, without the {@code update_fields} detail. */
    private static List<String> phases(List<String> log, String text) {
        String question = "Question[" + text + "]";
        return log.stream()
                .filter(line -> line.contains(question) && !line.startsWith("post_init"))
                .map(line -> line.replaceFirst(" update_fields=.*$", ""))
                .toList();
    }
}
