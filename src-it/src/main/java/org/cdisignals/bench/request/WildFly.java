package org.cdisignals.bench.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WildFly's standalone server, the WARs deployed by its deployment scanner: copied into
 * {@code standalone/deployments} before the start, they deploy during the boot. Removed again after the stop, so
 * the integration tests' next start of the same server does not deploy them.
 */
final class WildFly implements AppServer {

    private static final long DEPLOY_TIMEOUT_MILLIS = 180_000;

    private final Path home;
    private final Path log;
    private final List<Path> copies = new ArrayList<>();
    private Process script;
    private ProcessHandle java;

    WildFly(Path home, Path log) {
        this.home = home;
        this.log = log;
    }

    @Override
    public String name() {
        return "wildfly";
    }

    @Override
    public void start(Collection<Path> wars) throws IOException, InterruptedException {
        Path deployments = home.resolve("standalone/deployments");
        for (Path war : wars) {
            removeWithMarkers(deployments.resolve(war.getFileName()));
            copies.add(Files.copy(war, deployments.resolve(war.getFileName()), StandardCopyOption.REPLACE_EXISTING));
        }
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-b", "127.0.0.1", "-bmanagement", "127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        script = builder.start();
        long deadline = System.currentTimeMillis() + DEPLOY_TIMEOUT_MILLIS;
        for (Path copy : copies) {
            while (!Files.exists(marker(copy, ".deployed"))) {
                if (Files.exists(marker(copy, ".failed")) || !script.isAlive()
                        || System.currentTimeMillis() > deadline) {
                    throw new IOException("WildFly did not deploy " + copy.getFileName() + "; see " + log);
                }
                Thread.sleep(200);
            }
        }
        java = serverJvm().orElseThrow(() -> new IOException("No server JVM below standalone.sh"));
    }

    @Override
    public long pid() {
        return java.pid();
    }

    @Override
    public synchronized void close() {
        if (script != null) {
            // Looked up again: a start that failed early has not found it yet.
            serverJvm().ifPresent(AppServer::end);
            AppServer.end(script.toHandle());
        }
        for (Path copy : copies) {
            removeWithMarkers(copy);
        }
        copies.clear();
    }

    /** standalone.sh runs the server's JVM in the foreground, as its child. */
    private Optional<ProcessHandle> serverJvm() {
        return script.descendants().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst();
    }

    private static Path marker(Path war, String suffix) {
        return war.resolveSibling(war.getFileName() + suffix);
    }

    /** The WAR and the scanner's marker files beside it ({@code .deployed}, {@code .failed}, …). */
    private static void removeWithMarkers(Path war) {
        String name = war.getFileName().toString();
        try (Stream<Path> files = Files.list(war.getParent())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name)).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            System.out.println("[request benchmark] could not remove " + war + ": " + e);
        }
    }
}
