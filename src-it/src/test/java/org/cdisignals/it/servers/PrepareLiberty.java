package org.cdisignals.it.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepares an unpacked Open Liberty before it starts (profile {@code openliberty}, pre-integration-test), as
 * {@link PrepareServers} does for WildFly and Payara: stops a server left running from this directory, then writes
 * {@code usr/servers/defaultServer/server.xml} afresh (the Arquillian adapter adds the deployed application to it and
 * removes it again). The server it describes:
 *
 * <ul>
 *   <li>The Jakarta EE 10 features the example needs, not all of {@code jakartaee-10.0} (that starts more than twice
 *       as slowly), and {@code localConnector-1.0}, through which the adapter deploys.</li>
 *   <li>HTTP on 127.0.0.1 only, no HTTPS listener. Liberty sends nothing of its own beyond loopback (no update check,
 *       no telemetry); started in a network namespace with only loopback under {@code strace -f -e trace=connect},
 *       this server connected to nothing else.</li>
 *   <li>{@code java:comp/DefaultDataSource}, which Liberty does not define itself: in-memory H2, from the jar the
 *       build copies into {@code usr/shared/resources/h2}.</li>
 *   <li>The example admin's users ({@link ExampleUser}) in a basic registry, in groups named like the WAR's roles
 *       (Liberty maps a role without a binding to the group of the same name).</li>
 * </ul>
 *
 * The deployed application's {@code <classloader apiTypeVisibility="+third-party"/>}, which the EclipseLink adapter
 * needs to see {@code org.eclipse.persistence}, is set by the adapter ({@code arquillian.xml}), as a user sets it in
 * the application's element of {@code server.xml}.
 *
 * Argument: the Open Liberty home ({@code …/wlp}).
 */
public final class PrepareLiberty {

    static final List<String> FEATURES = List.of("cdi-4.0", "persistence-3.1", "servlet-6.0", "pages-3.1",
            "faces-4.0", "restfulWS-3.1", "appSecurity-5.0", "localConnector-1.0");

    private PrepareLiberty() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: PrepareLiberty <open liberty home>");
        }
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        PrepareServers.stopLeftovers(home, "ws-server.jar");
        Path server = home.resolve("usr/servers/defaultServer");
        Files.createDirectories(server);
        Files.writeString(server.resolve("server.xml"), serverXml(), StandardCharsets.UTF_8);
        System.out.println("[PrepareLiberty] " + server.resolve("server.xml") + ": " + FEATURES
                + ", HTTP on 127.0.0.1, DefaultDataSource on H2, basic registry users " + ExampleUser.summary());
    }

    static String serverXml() {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<!-- Written by the build (src-it PrepareLiberty); the next build writes it again. -->\n");
        xml.append("<server description=\"cdi-signals integration tests\">\n");
        xml.append("  <featureManager>\n");
        FEATURES.forEach(f -> xml.append("    <feature>").append(f).append("</feature>\n"));
        xml.append("  </featureManager>\n\n");
        xml.append("  <httpEndpoint id=\"defaultHttpEndpoint\" host=\"127.0.0.1\" httpPort=\"9080\""
                + " httpsPort=\"-1\"/>\n");
        xml.append("  <!-- The adapter deploys through server.xml and the application MBean, not dropins. -->\n");
        xml.append("  <applicationMonitor updateTrigger=\"mbean\" dropinsEnabled=\"false\"/>\n\n");
        xml.append("  <library id=\"h2\">\n");
        xml.append("    <fileset dir=\"${shared.resource.dir}/h2\" includes=\"*.jar\"/>\n");
        xml.append("  </library>\n");
        xml.append("  <dataSource id=\"DefaultDataSource\">\n");
        xml.append("    <jdbcDriver libraryRef=\"h2\"/>\n");
        xml.append("    <properties URL=\"jdbc:h2:mem:polls;DB_CLOSE_DELAY=-1\" user=\"sa\" password=\"\"/>\n");
        xml.append("  </dataSource>\n\n");
        xml.append("  <basicRegistry id=\"basic\" realm=\"cdi-signals example\">\n");
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (ExampleUser user : ExampleUser.values()) {
            xml.append("    <user name=\"").append(user.username()).append("\" password=\"").append(user.password())
                    .append("\"/>\n");
            user.groups().forEach(g -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(user.username()));
        }
        groups.forEach((group, members) -> {
            xml.append("    <group name=\"").append(group).append("\">\n");
            members.forEach(m -> xml.append("      <member name=\"").append(m).append("\"/>\n"));
            xml.append("    </group>\n");
        });
        xml.append("  </basicRegistry>\n");
        xml.append("</server>\n");
        return xml.toString();
    }
}
