package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** TemplateRendered on the server, for a JSP and a Faces view: the example switches instrumentation on in its web.xml. */
class TemplateRenderedIT extends ExampleDeployment {

    @Test
    void aForwardToAJspSendsTheViewAndItsModel() {
        String name = unique("Ada");
        int before = client.signals().size();

        ExampleClient.Response response = client.get("hello?name=" + name.replace(' ', '+'));

        assertEquals(200, response.status(), response::body);
        assertEquals("Hello, " + name, response.body().strip());
        List<String> log = signalsSinceAwaiting(before, "request_finished /hello ");
        assertEquals(List.of("request_started /hello sender=HelloServlet",
                "template_rendered /WEB-INF/views/hello.jsp greeting=Hello, " + name,
                "request_finished /hello sender=HelloServlet"), log);
    }

    @Test
    void aFacesViewSendsItsViewIdAndTheRequestAttributes() {
        String name = unique("Grace");
        int before = client.signals().size();

        ExampleClient.Response response = client.get("faces-hello.xhtml?name=" + name.replace(' ', '+'));

        assertEquals(200, response.status(), response::body);
        assertTrue(response.body().contains("<body>Hello, " + name + "</body>"), response::body);
        List<String> log = signalsSinceAwaiting(before, "request_finished /faces-hello.xhtml ");
        assertEquals(List.of("request_started /faces-hello.xhtml sender=FacesServlet",
                "template_rendered /faces-hello.xhtml greeting=Hello, " + name,
                "request_finished /faces-hello.xhtml sender=FacesServlet"), log);
    }

    @Test
    void assertTemplateUsedWorksInsideTheApplication() {
        int before = client.signals().size();

        ExampleClient.Response response = client.get("demo/template-check");

        assertEquals(200, response.status(), response::body);
        assertTrue(response.body().contains("Hello, helper"), response::body);
        assertTrue(response.body().endsWith("assertTemplateUsed passed"), response::body);
        List<String> log = signalsSinceAwaiting(before, "request_finished /demo/template-check ");
        assertEquals(1, count(log, "template_rendered /WEB-INF/views/hello.jsp greeting=Hello, helper"),
                log::toString);
    }
}
