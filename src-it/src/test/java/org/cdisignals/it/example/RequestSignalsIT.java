package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Request signals on the server: the jar's web-fragment registers the filter with no configuration in the example.
 * Each request's lines must appear exactly once and in Django's order; reads of the log itself are not logged.
 */
class RequestSignalsIT extends ExampleDeployment {

    @Test
    void aSuccessfulRequestStartsAndFinishesOnce() {
        int before = client.signals().size();

        assertEquals(200, client.get("api/questions").status());

        assertEquals(List.of("request_started /api/questions sender=QuestionsServlet",
                "request_finished /api/questions sender=QuestionsServlet"),
                requestLines(signalsSinceAwaiting(before, "request_finished /api/questions ")));
    }

    @Test
    void notFoundSendsNoException() {
        assumeFalse("openliberty".equals(System.getProperty("arquillian.launch")),
                "Open Liberty: its default servlet throws java.io.FileNotFoundException (SRVE0190E) for a missing static"
                        + " file, through the application's filters, so the request filter sees an escaping exception"
                        + " (docs/servers.md, Open Liberty)");
        int before = client.signals().size();

        assertEquals(404, client.get("demo/no-such-page").status());

        List<String> log = requestLines(signalsSinceAwaiting(before, "request_finished /demo/no-such-page "));
        assertEquals(2, log.size(), log::toString);
        assertTrue(log.get(0).startsWith("request_started /demo/no-such-page sender="), log::toString);
        assertTrue(log.get(1).startsWith("request_finished /demo/no-such-page sender="), log::toString);
    }

    @Test
    void anApplicationNotFoundSendsNoException() {
        int before = client.signals().size();

        assertEquals(404, client.get("api/questions/999999999").status());

        assertEquals(List.of("request_started /api/questions/999999999 sender=QuestionsServlet",
                "request_finished /api/questions/999999999 sender=QuestionsServlet"),
                requestLines(signalsSinceAwaiting(before, "request_finished /api/questions/999999999 ")));
    }

    @Test
    void anEscapedExceptionIsReportedBetweenStartAndFinish() {
        int before = client.signals().size();

        assertEquals(500, client.get("demo/boom").status());

        assertEquals(List.of("request_started /demo/boom sender=FailingServlet",
                "got_request_exception /demo/boom java.lang.IllegalStateException: Boom",
                "request_finished /demo/boom sender=FailingServlet"),
                requestLines(signalsSinceAwaiting(before, "request_finished /demo/boom ")));
    }

    @Test
    void anAsyncRequestFinishesAfterItsCompletion() {
        int before = client.signals().size();

        ExampleClient.Response response = client.get("demo/async");

        assertEquals(200, response.status());
        assertEquals("done", response.body());
        assertEquals(List.of("request_started /demo/async sender=AsyncServlet", "async_done /demo/async",
                "request_finished /demo/async sender=AsyncServlet"),
                requestLines(signalsSinceAwaiting(before, "request_finished /demo/async ")));
    }

    /** The request signals' lines (and the async servlet's own), without the model signals in between. */
    private static List<String> requestLines(List<String> log) {
        return log.stream().filter(l -> l.startsWith("request_") || l.startsWith("got_request_exception")
                || l.startsWith("async_done")).toList();
    }
}
