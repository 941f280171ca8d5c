package org.cdisignals.bench.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Payara Server's {@code domain1}, which the build has prepared (data grid, phone-home and message broker off,
 * listeners on 127.0.0.1) and which is the only domain this ever starts. One {@code asadmin multimode} starts it
 * and deploys the WARs, one undeploys them and stops it: each asadmin is a JVM start of its own on 2 cores.
 */
final class Payara implements AppServer {

    private final Path home;
    private final Path log;
    private final List<String> deployed = new ArrayList<>();
    private ProcessHandle server;

    Payara(Path home, Path log) {
        this.home = home;
        this.log = log;
    }

    @Override
    public String name() {
        return "payara";
    }

    @Override
    public void start(Collection<Path> wars) throws IOException, InterruptedException {
        Files.deleteIfExists(log);
        List<String> commands = new ArrayList<>(List.of("start-domain domain1"));
        for (Path war : wars) {
            String name = war.getFileName().toString().replaceFirst("\\.war$", "");
            commands.add("deploy --force=true --name " + name + " --contextroot " + name + " " + war);
            deployed.add(name);
        }
        int exit = asadmin(commands);
        server = running().orElseThrow(() -> new IOException("asadmin could not start Payara; see " + log));
        if (exit != 0) {
            throw new IOException("asadmin could not deploy the WARs; see " + log);
        }
    }

    @Override
    public long pid() {
        return server.pid();
    }

    @Override
    public synchronized void close() {
        Optional<ProcessHandle> running = running();
        if (running.isEmpty()) {
            return;
        }
        List<String> commands = new ArrayList<>();
        deployed.forEach(name -> commands.add("undeploy " + name));
        commands.add("stop-domain domain1");
        try {
            asadmin(commands);
        } catch (IOException | InterruptedException e) {
            System.out.println("[request benchmark] asadmin could not stop Payara: " + e);
        }
        // The pid file's process, in case asadmin could not reach the server.
        running.filter(ProcessHandle::isAlive).ifPresent(AppServer::end);
        deployed.clear();
    }

    /** The domain's server JVM, from the pid file Payara writes while it runs. */
    private Optional<ProcessHandle> running() {
        Path pidFile = domain().resolve("config/pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            // A pid file a killed server left behind may name another process by now.
            return ProcessHandle.of(pid)
                    .filter(p -> p.info().commandLine().map(c -> c.contains("ASMain")).orElse(false));
        } catch (IOException | NumberFormatException noServer) {
            return Optional.empty();
        }
    }

    private Path domain() {
        return home.resolve("glassfish/domains/domain1");
    }

    /** Runs the commands in one asadmin JVM; its output goes to the log. */
    private int asadmin(List<String> commands) throws IOException, InterruptedException {
        Path file = Files.createTempFile(log.getParent(), "asadmin", ".txt");
        try {
            Files.write(file, commands);
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/asadmin").toString(),
                    "--interactive=false", "multimode", "--file", file.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("AS_JAVA", System.getProperty("java.home"));
            return builder.start().waitFor();
        } finally {
            Files.delete(file);
        }
    }
}
