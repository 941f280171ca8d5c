package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Save, delete and init signals of the example's entities, through the HTTP API. Tests whose names mention the
 * changed fields, the origin or {@code PreInit} need the provider adapter; the others only the standard listener.
 */
class ModelSignalsIT extends ExampleDeployment {

    @Test
    void creatingAQuestionSavesItAndItsChoices() {
        String text = unique("What's new?");
        int before = client.signals().size();

        client.post(201, "api/questions", "text", text, "choice", "Not much " + text, "choice", "The sky " + text);

        List<String> log = signalsSince(before);
        assertEquals(1, count(log, "pre_save Question[" + text + "] update_fields=null"), log::toString);
        assertEquals(1, count(log, "post_save Question[" + text + "] created=true update_fields=null"), log::toString);
        assertEquals(1, count(log, "post_save Choice[Not much " + text + "] created=true update_fields=null"),
                log::toString);
        assertEquals(1, count(log, "post_save Choice[The sky " + text + "] created=true update_fields=null"),
                log::toString);
        assertTrue(log.indexOf("pre_save Question[" + text + "] update_fields=null")
                < log.indexOf("post_save Question[" + text + "] created=true update_fields=null"), log::toString);
    }

    @Test
    void renamingAQuestionSendsAnUpdate() {
        long id = client.post(201, "api/questions", "text", unique("Old")).id();
        String text = unique("New");
        int before = client.signals().size();

        client.post(200, "api/questions/" + id + "/text", "text", text);

        List<String> log = signalsSince(before);
        assertEquals(1, countStarting(log, "pre_save Question[" + text + "] "), log::toString);
        assertEquals(1, countStarting(log, "post_save Question[" + text + "] created=false "), log::toString);
    }

    @Test
    void renamingAQuestionNamesTheChangedFieldInUpdateFields() {
        long id = client.post(201, "api/questions", "text", unique("Old")).id();
        String text = unique("New");
        int before = client.signals().size();

        client.post(200, "api/questions/" + id + "/text", "text", text);

        List<String> log = signalsSince(before);
        assertEquals(1, count(log, "pre_save Question[" + text + "] update_fields=[questionText]"), log::toString);
        assertEquals(1, count(log, "post_save Question[" + text + "] created=false update_fields=[questionText]"),
                log::toString);
    }

    @Test
    void votingSavesTheChoice() {
        String choice = unique("Yes");
        List<Long> ids = client.post(201, "api/questions", "text", unique("Pizza?"), "choice", choice).ids();
        int before = client.signals().size();

        client.post(200, "api/questions/" + ids.get(0) + "/vote", "choice", ids.get(1));

        List<String> log = signalsSince(before);
        assertEquals(1, countStarting(log, "post_save Choice[" + choice + "] created=false "), log::toString);
    }

    @Test
    void votingNamesVotesInUpdateFields() {
        String choice = unique("Yes");
        List<Long> ids = client.post(201, "api/questions", "text", unique("Pizza?"), "choice", choice).ids();
        int before = client.signals().size();

        client.post(200, "api/questions/" + ids.get(0) + "/vote", "choice", ids.get(1));

        List<String> log = signalsSince(before);
        assertEquals(1, count(log, "post_save Choice[" + choice + "] created=false update_fields=[votes]"),
                log::toString);
    }

    @Test
    void loadingAQuestionSendsPostInitOncePerInstance() {
        String text = unique("Loaded?");
        String choice = unique("Maybe");
        long id = client.post(201, "api/questions", "text", text, "choice", choice).id();
        int before = client.signals().size();

        client.get("api/questions/" + id);

        List<String> log = signalsSince(before);
        assertEquals(1, count(log, "post_init Question[" + text + "]"), log::toString);
        assertEquals(1, count(log, "post_init Choice[" + choice + "]"), log::toString);
    }

    @Test
    void loadingAQuestionSendsPreInitBeforePostInit() {
        assumeFalse("wildfly".equals(System.getProperty("arquillian.launch")),
                "Hibernate gives no hook before it instantiates an entity: no PreInit there (README, pre_init)");
        String text = unique("Loaded?");
        long id = client.post(201, "api/questions", "text", text).id();
        int before = client.signals().size();

        client.get("api/questions/" + id);

        List<String> log = signalsSince(before);
        int postInit = log.indexOf("post_init Question[" + text + "]");
        assertTrue(postInit > 0 && log.subList(0, postInit).contains("pre_init Question"), log::toString);
    }

    @Test
    void deletingAQuestionDeletesItsChoicesToo() {
        String text = unique("Gone?");
        String choice = unique("Bye");
        long id = client.post(201, "api/questions", "text", text, "choice", choice).id();
        int before = client.signals().size();

        client.post(200, "api/questions/" + id + "/delete");

        List<String> log = signalsSince(before);
        for (String line : List.of("pre_delete Question[" + text + "] ", "pre_delete Choice[" + choice + "] ",
                "post_delete Choice[" + choice + "] ", "post_delete Question[" + text + "] ")) {
            assertEquals(1, countStarting(log, line), () -> line + " in " + log);
        }
        assertEquals(404, client.get("api/questions/" + id).status());
    }

    @Test
    void cascadedDeletesCarryTheDeletedQuestionAsOrigin() {
        String text = unique("Gone?");
        String choice = unique("Bye");
        long id = client.post(201, "api/questions", "text", text, "choice", choice).id();
        int before = client.signals().size();

        client.post(200, "api/questions/" + id + "/delete");

        List<String> log = signalsSince(before);
        String origin = " origin=Question[" + text + "]";
        for (String line : List.of("pre_delete Question[" + text + "]", "pre_delete Choice[" + choice + "]",
                "post_delete Choice[" + choice + "]", "post_delete Question[" + text + "]")) {
            assertEquals(1, count(log, line + origin), () -> line + origin + " in " + log);
        }
        assertTrue(log.indexOf("post_delete Choice[" + choice + "]" + origin)
                < log.indexOf("post_delete Question[" + text + "]" + origin), log::toString);
    }

    /** The example's pre_save observer is qualified {@code @Sender(Question.class)}; post_save's is not. */
    @Test
    void senderQualifiedObserversHearOnlyTheirSender() {
        String pizza = unique("Margherita");
        String choice = unique("Blue");
        int before = client.signals().size();

        client.post(201, "api/pizzas", "name", pizza);
        client.post(201, "api/questions", "text", unique("Colour?"), "choice", choice);

        List<String> log = signalsSince(before);
        assertEquals(1, countStarting(log, "post_save Pizza[" + pizza + "] created=true"), log::toString);
        assertEquals(1, countStarting(log, "post_save Choice[" + choice + "] created=true"), log::toString);
        assertEquals(0, countStarting(log, "pre_save Pizza["), log::toString);
        assertEquals(0, countStarting(log, "pre_save Choice["), log::toString);
        assertEquals(1, countStarting(log, "pre_save Question["), log::toString);
    }
}
