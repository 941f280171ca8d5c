package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Request signals for the example's JAX-RS resources ({@code /rest}) on RESTEasy (WildFly) and Jersey (Payara): the
 * same lines on both, although RESTEasy answers an unmapped exception itself and Jersey lets it escape to the
 * container. Each request's lines exactly once, in Django's order.
 */
class RestSignalsIT extends ExampleDeployment {

    /**
     * The servlet each server maps the application's {@code @ApplicationPath} to, the signals' sender: Jersey's on
     * Payara and GlassFish, RESTEasy's on WildFly, Liberty's own on Open Liberty.
     */
    private static final String JAX_RS_SERVLET = switch (System.getProperty("arquillian.launch", "wildfly")) {
        case "payara", "glassfish7", "glassfish8" -> "ServletContainer";
        case "openliberty" -> "IBMRestServlet";
        default -> "HttpServlet30Dispatcher";
    };

    @Test
    void aResourceThatAnswersStartsAndFinishesOnce() {
        int before = client.signals().size();

        ExampleClient.Response response = client.get("rest/demo/ok");

        assertEquals(200, response.status());
        assertEquals("ok", response.body());
        assertEquals(List.of(started("/rest/demo/ok"), finished("/rest/demo/ok")),
                requestLines(signalsSinceAwaiting(before, "request_finished /rest/demo/ok ")));
    }

    @Test
    void aResourceExceptionTheServerAnswersWith500IsSentBetweenStartAndFinish() {
        int before = client.signals().size();

        assertEquals(500, client.get("rest/demo/boom").status());

        assertEquals(List.of(started("/rest/demo/boom"),
                "got_request_exception /rest/demo/boom java.lang.IllegalStateException: Rest boom",
                finished("/rest/demo/boom")),
                requestLines(signalsSinceAwaiting(before, "request_finished /rest/demo/boom ")));
    }

    @Test
    void anExceptionTheApplicationMapsIsAnAnswerEvenWith503() {
        int before = client.signals().size();

        ExampleClient.Response response = client.get("rest/demo/maintenance");

        assertEquals(503, response.status());
        assertEquals("The polls are under maintenance", response.body());
        assertEquals(List.of(started("/rest/demo/maintenance"), finished("/rest/demo/maintenance")),
                requestLines(signalsSinceAwaiting(before, "request_finished /rest/demo/maintenance ")));
    }

    @Test
    void aWebApplicationExceptionIsTheApplicationsOwnAnswer() {
        int before = client.signals().size();

        assertEquals(503, client.get("rest/demo/unavailable").status());

        assertEquals(List.of(started("/rest/demo/unavailable"), finished("/rest/demo/unavailable")),
                requestLines(signalsSinceAwaiting(before, "request_finished /rest/demo/unavailable ")));
    }

    @Test
    void aVetoIsAnswered422WithTheModeratorsOwnMessageAndIsNoFailure() {
        String text = unique("Spam, anyone?");
        int before = client.signals().size();

        ExampleClient.Response response = client.post("rest/questions", "text", text);

        assertEquals(422, response.status(), response::body);
        assertEquals("Questions about spam are not allowed: Question[" + text + "]", response.body());
        assertEquals(List.of(started("/rest/questions"), "rejected Question[" + text + "]",
                finished("/rest/questions")),
                requestLines(signalsSinceAwaiting(before, "request_finished /rest/questions ")));
    }

    /** The request signals' lines and the moderator's, without the other model signals in between. */
    private static List<String> requestLines(List<String> log) {
        return log.stream().filter(l -> l.startsWith("request_") || l.startsWith("got_request_exception")
                || l.startsWith("rejected ")).toList();
    }

    private static String started(String path) {
        return "request_started " + path + " sender=" + JAX_RS_SERVLET;
    }

    private static String finished(String path) {
        return "request_finished " + path + " sender=" + JAX_RS_SERVLET;
    }
}
