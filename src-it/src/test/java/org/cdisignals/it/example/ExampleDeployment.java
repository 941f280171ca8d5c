package org.cdisignals.it.example;

import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploys the example WAR, exactly as the build produced it, once per test class (so each class starts with a
 * fresh signal log), and talks to it as a client over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ExampleDeployment {

    @ArquillianResource
    URL base;

    ExampleClient client;

    @Deployment(testable = false)
    static WebArchive example() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("example.war")));
    }

    @BeforeEach
    void connect() {
        client = new ExampleClient(base);
    }

    /** A name no other test uses, so that log lines can be told apart. */
    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The lines logged since the log had {@code size} lines. */
    List<String> signalsSince(int size) {
        List<String> signals = client.signals();
        return signals.subList(size, signals.size());
    }

    /**
     * The lines logged since the log had {@code size} lines, once one starts with {@code last}: the client can read
     * the answer before the server has finished the request (a forward closes the response early), so the request's
     * last signal is waited for, up to 10 s.
     */
    List<String> signalsSinceAwaiting(int size, String last) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            List<String> log = signalsSince(size);
            if (log.stream().anyMatch(l -> l.startsWith(last)) || System.nanoTime() > deadline) {
                return log;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return log;
            }
        }
    }

    static long count(List<String> lines, String line) {
        return lines.stream().filter(line::equals).count();
    }

    static long countStarting(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).count();
    }
}
