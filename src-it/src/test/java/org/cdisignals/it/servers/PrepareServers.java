package org.cdisignals.it.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the unpacked servers before any of them starts (exec-maven-plugin, pre-integration-test).
 *
 * <ol>
 *   <li>Stops servers left running from these directories: a killed test JVM leaves its managed server up, and the
 *       next run would then fail at once on the server's ports.</li>
 *   <li>Edits Payara's {@code domain1/config/domain.xml}: switches off the data grid (Hazelcast probes the cloud
 *       metadata address at startup) and phone-home (contacts an outside host), disables the message broker and
 *       binds every other listener of the server config to loopback. Then reads the file back and fails the build
 *       unless both switches are off, so Payara cannot start with its shipped configuration.</li>
 *   <li>Adds the example admin's users ({@link ExampleUser}) to WildFly's application realm and Payara's file realm,
 *       so that the example WAR's BASIC login works unchanged on both.</li>
 * </ol>
 *
 * Arguments: the WildFly home, the Payara home ({@code …/payara6}).
 */
public final class PrepareServers {

    private static final String SERVER_CONFIG_START = "<config name=\"server-config\">";
    private static final String EMPTY_GRID = "<hazelcast-config-specific-configuration></hazelcast-config-specific-configuration>";
    private static final String GRID_OFF = "<hazelcast-config-specific-configuration enabled=\"false\"></hazelcast-config-specific-configuration>";
    private static final String PHONE_HOME_OFF = "<phone-home-runtime-configuration enabled=\"false\"></phone-home-runtime-configuration>";
    private static final String JMS_OFF = "<jms-service type=\"DISABLED\"></jms-service>";
    private static final Pattern JMS_TYPE = Pattern.compile("(<jms-service\\b[^>]*\\btype=\")[A-Z]+(\")");
    // Payara rewrites domain.xml (attribute order, generated ids), so an edited file is recognised by pattern.
    private static final Pattern GRID_IS_OFF =
            Pattern.compile("<hazelcast-config-specific-configuration\\b(?=[^>]*\\benabled=\"false\")");
    private static final Pattern PHONE_HOME_IS_OFF =
            Pattern.compile("<phone-home-runtime-configuration\\b(?=[^>]*\\benabled=\"false\")");
    private static final Pattern GRID_ELEMENT = Pattern.compile(
            "<hazelcast-config-specific-configuration\\b[^>]*?(/>|>.*?</hazelcast-config-specific-configuration>)",
            Pattern.DOTALL);
    private static final Pattern LISTENER_WITHOUT_ADDRESS = Pattern.compile("<network-listener (?![^>]*\\baddress=)");
    private static final Pattern ANY_ADDRESS = Pattern.compile("address=\"0\\.0\\.0\\.0\"");

    private PrepareServers() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: PrepareServers <wildfly home> <payara home>");
        }
        Path wildfly = Path.of(args[0]).toAbsolutePath().normalize();
        Path payara = Path.of(args[1]).toAbsolutePath().normalize();
        stopLeftovers(wildfly, "jboss-modules.jar");
        stopLeftovers(payara, "com.sun.enterprise.glassfish.bootstrap.ASMain");
        switchOffPayaraOutboundTraffic(payara.resolve("glassfish/domains/domain1/config/domain.xml"));
        WildFlyUsers.write(wildfly);
        FileRealmUsers.write(payara);
    }

    /** Ends the Java processes that run {@code launcher} from a path below {@code home}: that directory's server. */
    static void stopLeftovers(Path home, String launcher) {
        String marker = home.toString() + "/";
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker) && c.contains(launcher)).orElse(false))
                .toList();
        for (ProcessHandle process : leftovers) {
            System.out.println("[PrepareServers] Stopping leftover server process " + process.pid() + " of " + home);
            process.destroy();
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while stopping " + process.pid(), e);
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly();
                process.onExit().join();
            }
        }
    }

    static void switchOffPayaraOutboundTraffic(Path domainXml) throws IOException {
        String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
        int start = xml.indexOf(SERVER_CONFIG_START);
        if (start < 0) {
            throw new IllegalStateException("No server-config in " + domainXml);
        }
        int end = xml.indexOf("</config>", start);
        String config = xml.substring(start, end);
        String edited = config;
        if (!GRID_IS_OFF.matcher(edited).find()) {
            if (!edited.contains(EMPTY_GRID)) {
                throw new IllegalStateException("Unexpected Hazelcast configuration in " + domainXml
                        + "; expected " + EMPTY_GRID);
            }
            edited = edited.replace(EMPTY_GRID, GRID_OFF);
        }
        if (!PHONE_HOME_IS_OFF.matcher(edited).find()) {
            if (edited.contains("<phone-home-runtime-configuration")) {
                throw new IllegalStateException("Unexpected phone-home configuration in " + domainXml);
            }
            edited = afterGrid(edited, PHONE_HOME_OFF);
        }
        // The embedded message broker listens on all interfaces whatever its host says; no test sends messages.
        if (edited.contains("<jms-service")) {
            edited = JMS_TYPE.matcher(edited).replaceAll("$1DISABLED$2");
        } else {
            edited = afterGrid(edited, JMS_OFF);
        }
        edited = LISTENER_WITHOUT_ADDRESS.matcher(edited).replaceAll("<network-listener address=\"127.0.0.1\" ");
        edited = ANY_ADDRESS.matcher(edited).replaceAll(Matcher.quoteReplacement("address=\"127.0.0.1\""));
        if (!edited.equals(config)) {
            Files.writeString(domainXml, xml.substring(0, start) + edited + xml.substring(end), StandardCharsets.UTF_8);
        }
        verify(domainXml);
        System.out.println("[PrepareServers] " + domainXml + ": data grid, phone-home and message broker off, listeners on 127.0.0.1");
    }

    /** {@code config} with {@code element} inserted after the data grid element, in whatever form Payara wrote it. */
    private static String afterGrid(String config, String element) {
        Matcher grid = GRID_ELEMENT.matcher(config);
        if (!grid.find()) {
            throw new IllegalStateException("No data grid element in the server config");
        }
        return config.substring(0, grid.end()) + "\n      " + element + config.substring(grid.end());
    }

    private static void verify(Path domainXml) throws IOException {
        String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
        int start = xml.indexOf(SERVER_CONFIG_START);
        String config = xml.substring(start, xml.indexOf("</config>", start));
        if (!GRID_IS_OFF.matcher(config).find() || !PHONE_HOME_IS_OFF.matcher(config).find()) {
            throw new IllegalStateException("Payara's data grid or phone-home is still on in " + domainXml);
        }
    }
}
