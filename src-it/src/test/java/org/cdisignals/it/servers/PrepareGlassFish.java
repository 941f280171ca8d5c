package org.cdisignals.it.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares an unpacked GlassFish 7 or 8 before it starts (profiles {@code glassfish7}, {@code glassfish8},
 * pre-integration-test), as {@link PrepareServers} does for WildFly and Payara.
 *
 * <ol>
 *   <li>Stops a server left running from this directory by a killed earlier run.</li>
 *   <li>Edits {@code domain1/config/domain.xml}'s server config: every listener (HTTP, admin, IIOP, JMX) on
 *       127.0.0.1 instead of all interfaces; the message broker {@code REMOTE} instead of {@code EMBEDDED} (GlassFish
 *       has no {@code DISABLED}; an embedded broker opens port 7676 on all interfaces at startup, a remote one opens
 *       nothing and is only looked for on localhost when an application uses JMS, which the example does not); and
 *       the admin console's network access off ({@code com.sun.enterprise.tools.admingui.NO_NETWORK}, its update
 *       and news checks). A shipped GlassFish 7.0.21 or 8.0.0-JDK17-M12, started in a network namespace with only
 *       loopback under {@code strace -f -e trace=connect}, connected to nothing beyond loopback, console included.</li>
 *   <li>Points the default datasource ({@code jdbc/__default}, {@code DerbyPool}) at embedded Derby: the shipped
 *       pool is Derby's network client on localhost:1527, which needs {@code asadmin start-database}, a second
 *       process listening on all interfaces. The file database lives in the domain's {@code lib/databases}.</li>
 *   <li>Adds the example admin's users to the file realm ({@link FileRealmUsers}).</li>
 * </ol>
 * Then reads {@code domain.xml} back and fails the build unless every edit is in place.
 *
 * Argument: the GlassFish home ({@code …/glassfish7} or {@code …/glassfish8}).
 */
public final class PrepareGlassFish {

    private static final String SERVER_CONFIG_START = "<config name=\"server-config\">";
    static final String NO_NETWORK = "-Dcom.sun.enterprise.tools.admingui.NO_NETWORK=true";
    private static final Pattern JVM_OPTIONS = Pattern.compile("(\\s*)<jvm-options>");
    private static final Pattern LISTENER_WITHOUT_ADDRESS = Pattern.compile("<network-listener (?![^>]*\\baddress=)");
    private static final Pattern ANY_ADDRESS = Pattern.compile("address=\"(0\\.0\\.0\\.0|::)\"");
    private static final Pattern JMS_TYPE = Pattern.compile("(<jms-service\\b[^>]*\\btype=\")[A-Z]+(\")");
    private static final Pattern JMS_REMOTE = Pattern.compile("<jms-service\\b[^>]*\\btype=\"REMOTE\"");
    private static final String REMOTE_JMS = "<jms-service type=\"REMOTE\" default-jms-host=\"default_JMS_host\">"
            + "<jms-host name=\"default_JMS_host\" host=\"localhost\" port=\"${JMS_PROVIDER_PORT}\"/></jms-service>";
    private static final Pattern DERBY_POOL = Pattern.compile(
            "<jdbc-connection-pool\\b[^>]*\\bname=\"DerbyPool\"[^>]*>.*?</jdbc-connection-pool>", Pattern.DOTALL);
    static final String EMBEDDED_DERBY_POOL = """
            <jdbc-connection-pool is-isolation-level-guaranteed="false" name="DerbyPool" \
            datasource-classname="org.apache.derby.jdbc.EmbeddedDataSource" res-type="javax.sql.DataSource">
                  <property name="databaseName" value="${com.sun.aas.instanceRoot}/lib/databases/cdi-signals"/>
                  <property name="connectionAttributes" value=";create=true"/>
                </jdbc-connection-pool>""";

    private PrepareGlassFish() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: PrepareGlassFish <glassfish home>");
        }
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        PrepareServers.stopLeftovers(home, "glassfish/modules/glassfish.jar");
        Path domainXml = home.resolve("glassfish/domains/domain1/config/domain.xml");
        Files.writeString(domainXml, edit(Files.readString(domainXml, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        verify(Files.readString(domainXml, StandardCharsets.UTF_8), domainXml);
        System.out.println("[PrepareGlassFish] " + domainXml + ": listeners on 127.0.0.1, message broker remote,"
                + " console offline, default datasource on embedded Derby");
        FileRealmUsers.write(home);
    }

    /** The edited {@code domain.xml}; editing an edited file changes nothing. */
    static String edit(String xml) {
        int start = xml.indexOf(SERVER_CONFIG_START);
        if (start < 0) {
            throw new IllegalStateException("No server-config in domain.xml");
        }
        int end = xml.indexOf("</config>", start);
        String config = xml.substring(start, end);
        config = LISTENER_WITHOUT_ADDRESS.matcher(config).replaceAll("<network-listener address=\"127.0.0.1\" ");
        config = ANY_ADDRESS.matcher(config).replaceAll(Matcher.quoteReplacement("address=\"127.0.0.1\""));
        if (config.contains("<jms-service")) {
            config = JMS_TYPE.matcher(config).replaceAll("$1REMOTE$2");
        } else {
            // The shipped server config has no jms-service: GlassFish then runs its default, an embedded broker.
            int admin = config.indexOf("</admin-service>");
            if (admin < 0) {
                throw new IllegalStateException("No admin-service in the server config");
            }
            admin += "</admin-service>".length();
            config = config.substring(0, admin) + "\n      " + REMOTE_JMS + config.substring(admin);
        }
        if (!config.contains(NO_NETWORK)) {
            Matcher first = JVM_OPTIONS.matcher(config);
            if (!first.find()) {
                throw new IllegalStateException("No jvm-options in the server config");
            }
            config = config.substring(0, first.start()) + first.group(1) + "<jvm-options>" + NO_NETWORK
                    + "</jvm-options>" + config.substring(first.start());
        }
        String before = xml.substring(0, start);
        Matcher pool = DERBY_POOL.matcher(before);
        if (!pool.find()) {
            throw new IllegalStateException("No DerbyPool in domain.xml");
        }
        before = before.substring(0, pool.start()) + EMBEDDED_DERBY_POOL + before.substring(pool.end());
        return before + config + xml.substring(end);
    }

    static void verify(String xml, Path domainXml) {
        int start = xml.indexOf(SERVER_CONFIG_START);
        String config = xml.substring(start, xml.indexOf("</config>", start));
        if (LISTENER_WITHOUT_ADDRESS.matcher(config).find() || ANY_ADDRESS.matcher(config).find()
                || !JMS_REMOTE.matcher(config).find() || !config.contains(NO_NETWORK)
                || !xml.contains(EMBEDDED_DERBY_POOL)) {
            throw new IllegalStateException("GlassFish's listeners, broker, console or datasource are not prepared in "
                    + domainXml);
        }
    }
}
