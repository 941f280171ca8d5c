package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

// Opt-in (-Dit.redeploy=true): 30 deployments take about 4 minutes a server, and WildFly's own idle worker threads and
// H2's exceptions captured at the JVM's first connection keep copies of their own (docs/limits.md).
/**
 * Undeploying releases the application: after the example has been deployed, used and undeployed many times, the
 * server's JVM holds no more copies of the application's and the library's classes than it holds of a WAR without
 * the library, deployed, used and undeployed the same way (the baseline: one copy, the one deployed last, on Payara;
 * on WildFly an idle worker thread's stack can still hold the last request it ran, and with it an undeployed
 * application). Counted from the server's own JVM with {@code jcmd}, after full collections.
 */
@EnabledIfSystemProperty(named = "it.redeploy", matches = "true",
        disabledReason = "the redeploy leak check is opt-in: -Dit.redeploy=true")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedeployIT {

    private static final String DEPLOYMENT = "redeployed";
    private static final String BASELINE = "baseline";
    private static final int REDEPLOYS = 15;
    /** An entity of the application, the library's dispatcher, its standard listener and a servlet emitter. */
    private static final List<String> CLASSES = List.of("org.cdisignals.example.polls.Question",
            "org.cdisignals.internal.Dispatcher", "org.cdisignals.jpa.SignalEntityListener",
            "org.cdisignals.servlet.RequestSignalsFilter");

    private static final List<String> SERVER_BOOT_JARS = List.of("jboss-modules.jar", "glassfish.jar", "ws-server.jar");

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static WebArchive example() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("example.war")));
    }

    /** A WAR without the library: a JSP that loads one class of the WAR. */
    @Deployment(name = BASELINE, managed = false, testable = false)
    static WebArchive baseline() {
        return ShrinkWrap.create(WebArchive.class, "redeploy-baseline.war").addClass(RedeployMarker.class)
                .add(new StringAsset("<%= " + RedeployMarker.class.getName()
                        + ".greet(request.getParameter(\"name\")) %>"), "hello.jsp");
    }

    @Test
    void undeployingReleasesTheApplicationAndTheLibrary() {
        int baseline = baselineCopies();
        for (int round = 0; round < REDEPLOYS; round++) {
            deployer.deploy(DEPLOYMENT);
            use(new ExampleClient(url(exampleContext())), round);
            deployer.undeploy(DEPLOYMENT);
        }
        deployer.deploy(DEPLOYMENT);
        try {
            use(new ExampleClient(url(exampleContext())), REDEPLOYS);
            long pid = serverPid();

            Map<String, Integer> copies = copiesAfterCollecting(pid, CLASSES);

            Map<String, Integer> expected = new LinkedHashMap<>();
            copies.forEach((name, count) -> expected.put(name, Math.min(count, baseline)));
            assertEquals(expected, copies, () -> "copies loaded in the server after " + REDEPLOYS + " redeploys (a WAR"
                    + " without the library: " + baseline + "); live instances of the library's and the application's"
                    + " classes:\n" + instances(jcmd(pid, "GC.class_histogram")));
            System.out.println("RedeployIT: copies after " + REDEPLOYS + " redeploys " + copies + ", baseline " + baseline);
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    /** The copies of the baseline WAR's class the server keeps after the same redeploys and as many requests. */
    private int baselineCopies() {
        for (int round = 0; round <= REDEPLOYS; round++) {
            deployer.deploy(BASELINE);
            ExampleClient client = new ExampleClient(url("redeploy-baseline"));
            client.get("no-such-page-" + round);
            for (int request = 0; request < 4; request++) {
                assertTrue(client.get("hello.jsp?name=Round" + round).body().contains("Hello, Round" + round + "!"));
            }
            if (round < REDEPLOYS) {
                deployer.undeploy(BASELINE);
            }
        }
        try {
            int copies = copiesAfterCollecting(serverPid(), List.of(RedeployMarker.class.getName()))
                    .get(RedeployMarker.class.getName());
            assertTrue(copies >= 1, "the baseline WAR's class is loaded");
            return copies;
        } finally {
            deployer.undeploy(BASELINE);
        }
    }

    /**
     * What the application's users do in a round: a 404 (the server's own servlet sends the request signals), a JSP,
     * a write, a write an observer vetoes, and the signal log.
     */
    private static void use(ExampleClient client, int round) {
        client.get("no-such-page-" + round);
        assertTrue(client.get("hello?name=Round" + round).body().contains("Round" + round));
        client.post(201, "api/questions", "text", "Redeployed " + round + "?", "choice", "Yes");
        client.post(422, "api/questions", "text", "Spam " + round + ", anyone?", "choice", "Me");
        assertTrue(client.signals().stream().anyMatch(line -> line.startsWith("post_save Question[Redeployed " + round)));
    }

    private static String exampleContext() {
        String war = Path.of(System.getProperty("example.war")).getFileName().toString();
        return war.substring(0, war.length() - ".war".length());
    }

    private static URL url(String context) {
        try {
            return URI.create("http://127.0.0.1:8080/" + context + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The loaded copies of each class, once full collections have unloaded what is unreachable: classes of an
     * undeployed application go with their class loader, which a collection may take more than one cycle to free.
     */
    private static Map<String, Integer> copiesAfterCollecting(long pid, List<String> classes) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Map<String, Integer> copies;
        do {
            // An undeployed EclipseLink session on Payara can wait for its finalizer: not a leak, but it holds the loader.
            jcmd(pid, "GC.run");
            jcmd(pid, "GC.run_finalization");
            jcmd(pid, "GC.run");
            copies = copies(jcmd(pid, "VM.class_hierarchy"), classes);
        } while (copies.values().stream().anyMatch(n -> n > 1) && System.nanoTime() < deadline);
        return copies;
    }

    private static Map<String, Integer> copies(String hierarchy, List<String> classes) {
        Map<String, Integer> copies = new LinkedHashMap<>();
        for (String name : classes) {
            Matcher matcher = Pattern.compile("--" + Pattern.quote(name) + "/").matcher(hierarchy);
            int count = 0;
            while (matcher.find()) {
                count++;
            }
            copies.put(name, count);
        }
        return copies;
    }

    /**
     * The managed server's JVM: the java process whose command line names the server's home and its boot jar
     * (WildFly's jboss-modules, GlassFish's and Payara's glassfish.jar, Liberty's ws-server.jar), which tells it from
     * the command-line tools that start it.
     */
    private static long serverPid() {
        String home = Stream.of("jboss.home", "payara.home", "glassfish.home", "liberty.home")
                .map(System::getProperty).filter(value -> value != null)
                .map(value -> new File(value).getAbsoluteFile().toPath().normalize().toString())
                .findFirst().orElseThrow(() -> new IllegalStateException("no server home property is set"));
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> process.info().commandLine()
                        .filter(line -> line.contains(home) && SERVER_BOOT_JARS.stream().anyMatch(line::contains))
                        .isPresent())
                .map(ProcessHandle::pid)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no running JVM of the server in " + home));
    }

    /** The histogram's lines for the library's and the application's classes, to tell what keeps a copy alive. */
    private static String instances(String histogram) {
        return histogram.lines().filter(line -> line.contains("org.cdisignals")).limit(60)
                .reduce("", (lines, line) -> lines + line + "\n");
    }

    private static String jcmd(long pid, String command) {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
