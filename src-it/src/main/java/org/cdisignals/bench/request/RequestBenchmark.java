package org.cdisignals.bench.request;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cdisignals.request.RequestFinished;

/**
 * The request path on a real server: a trivial servlet of three test WARs ({@link Variant}), all deployed at once on
 * WildFly, then on Payara, loaded in interleaved rounds by wrk on loopback. Per round and variant it measures the
 * requests per second and the server JVM's CPU time per request ({@code /proc/<pid>/stat} before and after), and
 * prints for the library without a request observer and with one, against the WAR without the library,
 * {@code RATIO name value low high} ({@link Interval}) and {@code TARGET name met|missed}. It measures and never
 * fails the build: a run that cannot measure says why.
 *
 * <p>Arguments: the WildFly home, the Payara home ({@code …/payara6}), a work directory. {@code -Dbench.smoke=true}
 * runs very short rounds, to check that it works. It must run under {@code flock /tmp/servers.lock} (it skips
 * itself otherwise: the servers of everyone on the machine use the same ports).
 */
public final class RequestBenchmark {

    /**
     * Rounds to warm the server up (the same as the measured ones, so that every variant's path is compiled alike),
     * measured rounds, seconds of load per variant and round.
     */
    private record Settings(int warmUpRounds, int rounds, int roundSeconds) {
    }

    /** A bound on a ratio: at least {@code bound} for requests per second, at most for CPU per request. */
    private record Target(Variant variant, boolean cpu, double bound) {

        String name(String server) {
            return "request_" + variant.name().toLowerCase(Locale.ROOT) + "_" + server + (cpu ? "_cpu" : "");
        }

        Interval of(Rounds rounds) {
            return cpu
                    ? Interval.ofRatios(rounds.cpuNanosPerRequest(variant), rounds.cpuNanosPerRequest(Variant.PLAIN))
                    : Interval.ofRatios(rounds.perSecond(variant), rounds.perSecond(Variant.PLAIN));
        }

        /** Judged on the interval: met only if all of it is within the bound. */
        boolean met(Interval interval) {
            return cpu ? interval.high() <= bound : interval.low() >= bound;
        }
    }

    // 9 rounds: each of the 3 orders of the rotation thrice. About 75 s of load per server, 100 s with its start.
    private static final Settings FULL = new Settings(3, 9, 2);
    private static final Settings SMOKE = new Settings(1, 3, 1);
    private static final List<Target> TARGETS = List.of(new Target(Variant.UNOBSERVED, false, 0.99),
            new Target(Variant.OBSERVED, false, 0.97), new Target(Variant.UNOBSERVED, true, 1.01),
            new Target(Variant.OBSERVED, true, 1.03));
    private static final URI BASE = URI.create("http://127.0.0.1:8080/");
    private static final long ANSWER_TIMEOUT_MILLIS = 60_000;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RequestBenchmark() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        try {
            run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]),
                    Boolean.getBoolean("bench.smoke") ? SMOKE : FULL);
        } catch (Exception e) {
            // Benchmarks measure and never fail the build: a run that could not measure says why.
            System.out.println("REQUEST BENCHMARK ERROR " + e);
            e.printStackTrace(System.out);
        }
        System.out.printf(Locale.ROOT, "request benchmark: %.0f s wall%n", (System.nanoTime() - start) / 1e9);
    }

    private static void run(Path wildflyHome, Path payaraHome, Path work, Settings settings)
            throws IOException, InterruptedException, URISyntaxException {
        if (!MachineLock.heldByAncestor()) {
            System.out.println("request benchmark skipped: it starts servers, so run the build under flock "
                    + MachineLock.FILE + " (no ancestor holds that lock)");
            return;
        }
        Files.createDirectories(work);
        Path library = Path.of(RequestFinished.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(library)) {
            throw new IllegalStateException("The library is no jar (" + library + "): run the verify phase");
        }
        Map<Variant, Path> wars = TestWars.write(work.resolve("wars"), library);
        LoadGenerator load = LoadGenerator.available();
        System.out.printf("request benchmark: %s on %s, %d warm-up and %d measured rounds of %d s per variant;"
                + " library %s%n", load.description(), BASE, settings.warmUpRounds(), settings.rounds(),
                settings.roundSeconds(), library);

        List<Rounds> servers = new ArrayList<>();
        servers.add(measure(new WildFly(wildflyHome, work.resolve("wildfly.log")), wars, load, settings));
        servers.add(measure(new Payara(payaraHome, work.resolve("payara-asadmin.log")), wars, load, settings));
        report(servers);
    }

    private static Rounds measure(AppServer server, Map<Variant, Path> wars, LoadGenerator load, Settings settings)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        // Also on Ctrl+C or a killed build: a server left running would block everyone's next start.
        Thread stop = new Thread(server::close, "stop " + server.name());
        Runtime.getRuntime().addShutdownHook(stop);
        try (server) {
            server.start(wars.values());
            for (Variant variant : Variant.values()) {
                awaitGreeting(variant);
            }
            System.out.printf(Locale.ROOT, "%s: started with the WARs deployed in %.0f s (pid %d)%n", server.name(),
                    (System.nanoTime() - start) / 1e9, server.pid());
            ProcessCpu cpu = new ProcessCpu(server.pid());
            Rounds rounds = new Rounds(server.name(), settings.rounds());
            long observedAnswered = 0;
            for (int round = -settings.warmUpRounds(); round < settings.rounds(); round++) {
                boolean measured = round >= 0;
                StringBuilder line = new StringBuilder(measured
                        ? String.format(Locale.ROOT, "%s round %d/%d:", server.name(), round + 1, settings.rounds())
                        : server.name() + " warm-up:");
                // Rotated order (abc, bca, cab): no variant always runs first or after the same one.
                Variant[] variants = Variant.values();
                for (int i = 0; i < variants.length; i++) {
                    Variant variant = variants[Math.floorMod(round + i, variants.length)];
                    long before = cpu.nanos();
                    Load result = load.run(uri(variant, "hello"), settings.roundSeconds());
                    long cpuNanos = cpu.nanos() - before;
                    if (measured) {
                        rounds.record(variant, round, result, cpuNanos);
                    }
                    observedAnswered += variant == Variant.OBSERVED ? result.requests() : 0;
                    line.append(String.format(Locale.ROOT, "  %s %,.0f/s %.1f µs", variant.contextRoot(),
                            result.perSecond(), cpuNanos / 1e3 / result.requests()));
                }
                System.out.println(line);
            }
            // The observed variant measures what it claims only if its observer saw every request.
            long finished = Long.parseLong(get(uri(Variant.OBSERVED, "finished")).body().trim());
            System.out.printf("%s: %,d RequestFinished observed for %,d requests answered by %s%s%n", server.name(),
                    finished, observedAnswered, Variant.OBSERVED.contextRoot(),
                    finished >= observedAnswered ? "" : " — FEWER: the observed figures are not what they claim");
            return rounds;
        } finally {
            Runtime.getRuntime().removeShutdownHook(stop);
            System.out.printf(Locale.ROOT, "%s: %.0f s from start to stop%n", server.name(),
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private static void report(List<Rounds> servers) {
        System.out.println();
        for (Rounds rounds : servers) {
            for (Variant variant : Variant.values()) {
                double[] perSecond = rounds.perSecond(variant);
                double[] cpuMicros = rounds.cpuNanosPerRequest(variant).clone();
                for (int i = 0; i < cpuMicros.length; i++) {
                    cpuMicros[i] /= 1e3;
                }
                System.out.printf(Locale.ROOT, "REQUEST %-8s %-19s %,9.0f ± %,7.0f req/s   cpu %7.1f ± %5.1f µs/req"
                                + "   errors %d%n", rounds.server(), variant.contextRoot(), Interval.mean(perSecond),
                        Interval.standardDeviation(perSecond), Interval.mean(cpuMicros),
                        Interval.standardDeviation(cpuMicros), rounds.errors(variant));
            }
        }
        System.out.println("(mean ± standard deviation over the rounds; RATIO: geometric mean of the rounds' ratios"
                + " to " + Variant.PLAIN.contextRoot() + ", 95 % interval)");
        List<String> targets = new ArrayList<>();
        for (boolean cpu : new boolean[] {false, true}) {
            for (Rounds rounds : servers) {
                for (Target target : TARGETS) {
                    if (target.cpu() != cpu) {
                        continue;
                    }
                    Interval interval = target.of(rounds);
                    String name = target.name(rounds.server());
                    System.out.printf(Locale.ROOT, "RATIO %s %.3f %.3f %.3f%n", name, interval.value(),
                            interval.low(), interval.high());
                    targets.add("TARGET " + name + " " + (target.met(interval) ? "met" : "missed"));
                }
            }
        }
        targets.forEach(System.out::println);
    }

    /** Polls until the variant's servlet answers its greeting: a deployed WAR may take a moment to serve. */
    private static void awaitGreeting(Variant variant) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + ANSWER_TIMEOUT_MILLIS;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> response = get(uri(variant, "hello"));
                if (response.statusCode() == 200 && response.body().equals("hello")) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new IOException(uri(variant, "hello") + " does not answer hello: " + last);
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(Variant variant, String path) {
        return BASE.resolve(variant.contextRoot() + "/" + path);
    }
}
