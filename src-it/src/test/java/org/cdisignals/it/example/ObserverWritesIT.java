package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A {@code PostSave} observer that writes through the application's entity manager (the example's
 * {@code DefaultChoice}, Django's post_save creating a profile): its row commits with the question that caused it,
 * once, and rolls back with it.
 */
class ObserverWritesIT extends ExampleDeployment {

    @Test
    void aPostSaveObserversRowIsCommittedOnceWithTheQuestion() {
        String text = unique("Poll: tea?");
        int before = client.signals().size();

        long id = client.post(201, "api/questions", "text", text).id();

        List<String> log = signalsSince(before);
        assertEquals(1, count(log, "default_choice Question[" + text + "]"), log::toString);
        assertEquals(1, count(log, "post_save Choice[No opinion] created=true update_fields=null"), log::toString);
        String body = client.get("api/questions/" + id).body();
        assertEquals(1, body.split("\"No opinion\"", -1).length - 1, body);
    }

    @Test
    void aPostSaveObserversRowRollsBackWithTheQuestion() {
        String text = unique("Poll: rolled back?");
        int before = client.signals().size();

        client.post(500, "api/questions/rollback", "text", text);

        List<String> log = signalsSince(before);
        assertEquals(1, count(log, "default_choice Question[" + text + "]"), log::toString);
        assertFalse(client.get("api/questions").body().contains(text), "the rolled-back question was stored");
    }
}
