package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code PreMigrate}/{@code PostMigrate} and {@code ConnectionCreated} for the example's JTA unit on the server's
 * default data source. Both servers deploy the unit, and generate its schema, before the CDI container starts; the
 * migrate signals are held and sent when the web application starts, before it serves. The class deploys its own copy
 * of the WAR, so its first request is the application's first.
 */
class DatabaseSignalsIT extends ExampleDeployment {

    private static final Pattern MIGRATE = Pattern.compile("(pre|post)_migrate using=polls statements=(\\d+)");
    private static final String CONNECTION = "connection_created using=polls sender=";

    @Test
    void theSeedRowOfPostMigrateIsThereForTheFirstRequestAndConnectionsAreAnnouncedForTheUnit() {
        ExampleClient.Response first = client.get("api/toppings");
        assertEquals(200, first.status(), first::body);
        assertTrue(first.body().contains("\"name\":\"Welcome cheese\""), first::body);

        List<String> log = client.signals();
        int firstRequest = indexStarting(log, "request_started ");
        int pre = indexStarting(log, "pre_migrate ");
        int post = indexStarting(log, "post_migrate ");
        int seed = indexStarting(log, "post_save Topping[Welcome cheese]");
        assertEquals(1, countStarting(log, "pre_migrate "), log::toString);
        assertEquals(1, countStarting(log, "post_migrate "), log::toString);
        assertTrue(pre < post && post < firstRequest && seed < firstRequest, log::toString);
        assertEquals(statements(log.get(pre)), statements(log.get(post)), log::toString);
        assertTrue(statements(log.get(pre)) > 0, log::toString);
        // The seed needed a connection after the container started, so the unit's connection was announced by then.
        assertTrue(indexStarting(log, CONNECTION) < firstRequest, log::toString);
        assertTrue(log.stream().filter(l -> l.startsWith("connection_created "))
                .allMatch(l -> l.startsWith(CONNECTION + pool())), log::toString);

        int size = log.size();
        client.post(201, "api/toppings", "name", unique("ham"));
        client.post(201, "api/toppings", "name", unique("olives"));
        client.get("api/toppings");
        List<String> later = signalsSince(size);
        assumeFalse("openliberty".equals(System.getProperty("arquillian.launch")),
                () -> "Open Liberty: the library finds no physical connection behind its pool's handle"
                        + " (WSJdbc41Connection), so every checkout is announced: " + later);
        // Each pool hands out a new handle per checkout around a pooled physical connection, which the library finds
        // behind the handle (WildFly: the handle's metadata; Payara and GlassFish: its
        // ConnectionHolder.getConnection()): later checkouts of the connection announced for the seed are not
        // announced again.
        assertEquals(0, countStarting(later, "connection_created "), later::toString);
    }

    /** The class of the handle each server's pool hands to the unit ({@code arquillian.launch} names the server). */
    private static String pool() {
        String server = System.getProperty("arquillian.launch");
        return switch (server) {
            case "wildfly" -> "org.jboss.jca.adapters.jdbc.jdk8.WrappedConnectionJDK8";
            case "payara" -> "com.sun.gjc.spi.jdbc40.ProfiledConnectionWrapper40";
            case "glassfish7", "glassfish8" -> "com.sun.gjc.spi.jdbc40.ConnectionWrapper40";
            case "openliberty" -> "com.ibm.ws.rsadapter.jdbc.v41.WSJdbc41Connection";
            default -> throw new IllegalStateException("No pool handle class known for server " + server);
        };
    }

    private static int statements(String line) {
        Matcher matcher = MIGRATE.matcher(line);
        assertTrue(matcher.matches(), line);
        return Integer.parseInt(matcher.group(2));
    }

    private static int indexStarting(List<String> log, String prefix) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("No " + prefix + " in " + log);
    }
}
