package org.cdisignals.it.servers;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points the default datasource of the {@code postgresql-load} profile's own server copies at PostgreSQL, so that the
 * example WAR, unchanged (its unit names no datasource), runs on PostgreSQL there (exec-maven-plugin,
 * pre-integration-test, after {@link PrepareServers} has prepared the same copies).
 *
 * <ol>
 *   <li>Recreates the schema the servers use, empty, in the database: the unit generates its tables there, apart from
 *       whatever other suites leave in {@code public}.</li>
 *   <li>WildFly: the driver as module {@code org.postgresql}, a datasource {@code PollsPostgreSQL} that validates a
 *       connection at every checkout and destroys one whose error says the session is gone, and the {@code ee}
 *       subsystem's default datasource bound to it.</li>
 *   <li>Payara: the driver in the domain's {@code lib}, a pool {@code PollsPostgreSQL} with the same validation, and
 *       {@code jdbc/__default} (the default datasource) on it.</li>
 * </ol>
 *
 * Each server's connections carry an {@code ApplicationName} of their own ({@code cdisignals-load-wildfly},
 * {@code cdisignals-load-payara}), by which a test finds the server's sessions in {@code pg_stat_activity}. The edits
 * are idempotent. Arguments: the WildFly home, the Payara home, the host, port, database, user and schema.
 */
public final class PreparePostgreSQL {

    /** The pool (WildFly and Payara) the default datasource is bound to. */
    static final String POOL = "PollsPostgreSQL";
    private static final String WILDFLY_JNDI = "java:jboss/datasources/" + POOL;
    private static final Pattern WILDFLY_DEFAULT_BINDING =
            Pattern.compile("(<default-bindings\\b[^>]*\\bdatasource=\")[^\"]*(\")");
    private static final Pattern PAYARA_DEFAULT_RESOURCE =
            Pattern.compile("<jdbc-resource\\b[^>]*\\bjndi-name=\"jdbc/__default\"[^>]*>");
    private static final Pattern POOL_NAME = Pattern.compile("(\\bpool-name=\")[^\"]*(\")");
    // A run with other settings left these behind; they are replaced (Payara rewrites attribute order).
    private static final Pattern WILDFLY_OLD_DATASOURCE = Pattern.compile(
            "[ \\t]*<datasource\\b[^>]*\\bpool-name=\"" + POOL + "\".*?</datasource>\\R", Pattern.DOTALL);
    private static final Pattern PAYARA_OLD_POOL = Pattern.compile(
            "[ \\t]*<jdbc-connection-pool\\b[^>]*\\bname=\"" + POOL + "\".*?</jdbc-connection-pool>\\R", Pattern.DOTALL);

    private PreparePostgreSQL() {
    }

    /** The {@code ApplicationName} of the connections of the server {@code launch} ({@code wildfly}, {@code payara}). */
    public static String applicationName(String launch) {
        return "cdisignals-load-" + launch;
    }

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length != 8) {
            throw new IllegalArgumentException("Usage: PreparePostgreSQL <wildfly home> <payara home> <host> <port>"
                    + " <database> <user> <password> <schema>");
        }
        Path wildfly = Path.of(args[0]).toAbsolutePath().normalize();
        Path payara = Path.of(args[1]).toAbsolutePath().normalize();
        String host = args[2];
        String port = args[3];
        String database = args[4];
        String user = args[5];
        String password = args[6];
        String schema = args[7];
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain schema name: " + schema);
        }
        recreateSchema("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password, schema);
        Path driver = driverJar();
        prepareWildFly(wildfly, driver, "jdbc:postgresql://" + host + ":" + port + "/" + database
                + "?ApplicationName=" + applicationName("wildfly") + "&currentSchema=" + schema, user, password);
        preparePayara(payara, driver, host, port, database, user, password, schema);
    }

    private static void recreateSchema(String url, String user, String password, String schema)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(url + "?ApplicationName=cdisignals-load-prepare", user,
                password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
        System.out.println("[PreparePostgreSQL] " + url + ": schema " + schema + " recreated, empty");
    }

    /** The driver jar on this class path: the version the parent POM manages. */
    private static Path driverJar() {
        try {
            return Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void prepareWildFly(Path home, Path driver, String url, String user, String password) throws IOException {
        Path module = home.resolve("modules/org/postgresql/main");
        Files.createDirectories(module);
        Files.copy(driver, module.resolve("postgresql.jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(module.resolve("module.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <module xmlns="urn:jboss:module:1.9" name="org.postgresql">
                    <resources>
                        <resource-root path="postgresql.jar"/>
                    </resources>
                    <dependencies>
                        <module name="java.logging"/>
                        <module name="java.management"/>
                        <module name="java.naming"/>
                        <module name="java.security.jgss"/>
                        <module name="java.sql"/>
                        <module name="java.transaction.xa"/>
                    </dependencies>
                </module>
                """, StandardCharsets.UTF_8);

        Path standaloneXml = home.resolve("standalone/configuration/standalone.xml");
        String xml = Files.readString(standaloneXml, StandardCharsets.UTF_8);
        String edited = WILDFLY_OLD_DATASOURCE.matcher(xml).replaceAll("");
        // Inserted before the line of <drivers>, at its indentation (16 spaces).
        String datasource = """
                <datasource jndi-name="%s" pool-name="%s" enabled="true" use-java-context="true">
                    <connection-url>%s</connection-url>
                    <driver>postgresql</driver>
                    <pool>
                        <min-pool-size>0</min-pool-size>
                        <max-pool-size>20</max-pool-size>
                    </pool>
                    <security user-name="%s" password="%s"/>
                    <validation>
                        <valid-connection-checker class-name="org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLValidConnectionChecker"/>
                        <validate-on-match>true</validate-on-match>
                        <background-validation>false</background-validation>
                        <exception-sorter class-name="org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLExceptionSorter"/>
                    </validation>
                </datasource>
                """.formatted(WILDFLY_JNDI, POOL, url.replace("&", "&amp;"), user, password).indent(16);
        edited = insertBeforeLine(edited, "<drivers>", datasource, standaloneXml);
        if (!edited.contains("<driver name=\"postgresql\"")) {
            edited = insertBeforeLine(edited, "</drivers>", """
                    <driver name="postgresql" module="org.postgresql">
                        <xa-datasource-class>org.postgresql.xa.PGXADataSource</xa-datasource-class>
                    </driver>
                    """.indent(20), standaloneXml);
        }
        Matcher binding = WILDFLY_DEFAULT_BINDING.matcher(edited);
        if (!binding.find()) {
            throw new IllegalStateException("No default-bindings datasource in " + standaloneXml);
        }
        edited = binding.replaceFirst("$1" + Matcher.quoteReplacement(WILDFLY_JNDI) + "$2");
        if (!edited.equals(xml)) {
            Files.writeString(standaloneXml, edited, StandardCharsets.UTF_8);
        }
        System.out.println("[PreparePostgreSQL] " + standaloneXml + ": default datasource " + WILDFLY_JNDI + " on " + url);
    }

    static void preparePayara(Path home, Path driver, String host, String port, String database, String user,
                              String password, String schema) throws IOException {
        Path domain = home.resolve("glassfish/domains/domain1");
        Files.copy(driver, domain.resolve("lib/postgresql.jar"), StandardCopyOption.REPLACE_EXISTING);

        Path domainXml = domain.resolve("config/domain.xml");
        String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
        String edited = PAYARA_OLD_POOL.matcher(xml).replaceAll("");
        // Payara refuses a pool without a password credential, even where the database asks for none.
        String pool = """
                <jdbc-connection-pool name="%s" datasource-classname="org.postgresql.ds.PGSimpleDataSource" res-type="javax.sql.DataSource" max-pool-size="20" steady-pool-size="0" is-connection-validation-required="true" connection-validation-method="custom-validation" validation-classname="org.glassfish.api.jdbc.validation.PostgresConnectionValidation">
                  <property name="serverName" value="%s"></property>
                  <property name="portNumber" value="%s"></property>
                  <property name="databaseName" value="%s"></property>
                  <property name="user" value="%s"></property>
                  <property name="password" value="%s"></property>
                  <property name="applicationName" value="%s"></property>
                  <property name="currentSchema" value="%s"></property>
                </jdbc-connection-pool>
                """.formatted(POOL, host, port, database, user, password, applicationName("payara"), schema)
                .indent(4);
        edited = insertBeforeLine(edited, "<jdbc-connection-pool ", pool, domainXml);
        Matcher resource = PAYARA_DEFAULT_RESOURCE.matcher(edited);
        if (!resource.find()) {
            throw new IllegalStateException("No jdbc/__default resource in " + domainXml);
        }
        String repointed = POOL_NAME.matcher(resource.group()).replaceFirst("$1" + POOL + "$2");
        edited = edited.substring(0, resource.start()) + repointed + edited.substring(resource.end());
        if (!edited.equals(xml)) {
            Files.writeString(domainXml, edited, StandardCharsets.UTF_8);
        }
        System.out.println("[PreparePostgreSQL] " + domainXml + ": jdbc/__default on pool " + POOL + " (" + host + ":"
                + port + "/" + database + ", schema " + schema + ")");
    }

    /** {@code xml} with {@code lines} inserted before the line where {@code anchor} first occurs. */
    private static String insertBeforeLine(String xml, String anchor, String lines, Path file) {
        int at = xml.indexOf(anchor);
        if (at < 0) {
            throw new IllegalStateException("No " + anchor + " in " + file);
        }
        int line = xml.lastIndexOf('\n', at) + 1;
        return xml.substring(0, line) + lines + xml.substring(line);
    }
}
