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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Undeploying releases the application: after the example has been deployed, used and undeployed many times, the
 * server's JVM holds exactly one copy of the application's and the library's classes, the one deployed last. Counted
 * from the server's own JVM with {@code jcmd}, after full collections.
 *
 * <p>Servers keep a few things of the first application that uses them for as long as they run, whatever that
 * application is; a warm-up WAR without the library uses them first (see {@link #warmUpTheServer()}), so the test
 * needs a server no other test has used: the build runs it in executions of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedeployIT {

    private static final String DEPLOYMENT = "redeployed";
    private static final String WARM_UP = "warm-up";
    private static final int REDEPLOYS = 15;
    /** More requests at once than the test's own sequential requests ever keep a server busy with. */
    private static final int WARM_UP_CLIENTS = 8;
    /** An entity of the application, the library's dispatcher, its standard listener and a servlet emitter. */
    private static final List<String> CLASSES = List.of("org.cdisignals.example.polls.Question",
            "org.cdisignals.internal.Dispatcher", "org.cdisignals.jpa.SignalEntityListener",
            "org.cdisignals.servlet.RequestSignalsFilter");
    /**
     * How long an undeployed copy may take to go: Payara's default managed executor, which runs the example's
     * asynchronous observers, ends an idle thread after 60 s, and until then the thread's inherited access control
     * context holds the protection domains, and so the class loader, of the copy whose request started it.
     */
    private static final long RELEASE_SECONDS = 90;

    /** Open Liberty's HTTP port (arquillian.xml); every other server's is 8080. */
    private static final int HTTP_PORT = "openliberty".equals(System.getProperty("arquillian.launch")) ? 9080 : 8080;

    private static final List<String> SERVER_BOOT_JARS = List.of("jboss-modules.jar", "glassfish.jar", "ws-server.jar");

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static WebArchive example() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("example.war")));
    }

    /** A WAR without the library: a JSP that opens a connection to the default datasource, then waits. */
    @Deployment(name = WARM_UP, managed = false, testable = false)
    static WebArchive warmUp() {
        return ShrinkWrap.create(WebArchive.class, "redeploy-warm-up.war").addClass(RedeployWarmUp.class)
                .add(new StringAsset("<%= " + RedeployWarmUp.class.getName() + ".connect() %>"), "connect.jsp");
    }

    @Test
    void undeployingReleasesTheApplicationAndTheLibrary() {
        warmUpTheServer();
        for (int round = 0; round < REDEPLOYS; round++) {
            deployer.deploy(DEPLOYMENT);
            use(new ExampleClient(url(exampleContext())), round);
            deployer.undeploy(DEPLOYMENT);
        }
        deployer.deploy(DEPLOYMENT);
        try {
            use(new ExampleClient(url(exampleContext())), REDEPLOYS);
            long pid = serverPid();

            long collecting = System.nanoTime();
            Map<String, Integer> copies = copiesAfterCollecting(pid, CLASSES);
            System.out.printf("RedeployIT: copies after %d redeploys %s, %d s after the last undeploy%n", REDEPLOYS,
                    copies, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - collecting));

            Map<String, Integer> expected = new LinkedHashMap<>();
            CLASSES.forEach(name -> expected.put(name, 1));
            assertEquals(expected, copies, () -> "copies loaded in the server after " + REDEPLOYS + " redeploys;"
                    + " live instances of the library's and the application's classes:\n"
                    + instances(jcmd(pid, "GC.class_histogram")));
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    /**
     * Lets a WAR that is counted nowhere be the first application to use what a server keeps of its first users:
     * WildFly's worker threads each keep the task they were started for as long as they run (a local of jboss-threads'
     * {@code EnhancedQueueExecutor$ThreadBody.run}), and with it that request's application; and H2's driver keeps
     * the stack trace of the JVM's first connection ({@code TraceObject.SQL_OOME}), and with it every class on that
     * stack, the library's connection wrapper among them when the example connects first. The concurrent requests
     * start the worker threads that the test's sequential requests use afterwards.
     */
    private void warmUpTheServer() {
        deployer.deploy(WARM_UP);
        ExampleClient client = new ExampleClient(url("redeploy-warm-up"));
        ExecutorService clients = Executors.newFixedThreadPool(WARM_UP_CLIENTS);
        try {
            List<Callable<String>> requests = Collections.nCopies(3 * WARM_UP_CLIENTS,
                    () -> client.get("connect.jsp").body());
            for (Future<String> answer : clients.invokeAll(requests)) {
                assertTrue(answer.get().contains("connected"), answer.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            clients.shutdown();
            deployer.undeploy(WARM_UP);
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
            return URI.create("http://127.0.0.1:" + HTTP_PORT + "/" + context + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The loaded copies of each class, once full collections have unloaded what is unreachable: classes of an
     * undeployed application go with their class loader, which a collection may take more than one cycle to free.
     */
    private static Map<String, Integer> copiesAfterCollecting(long pid, List<String> classes) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RELEASE_SECONDS);
        Map<String, Integer> copies;
        do {
            // An undeployed EclipseLink session on Payara waits for its finalizer: not a leak, but it holds the loader.
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
        String home = Stream.of("jboss.home", "payara.home", "glassfish.home", "openliberty.home")
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
