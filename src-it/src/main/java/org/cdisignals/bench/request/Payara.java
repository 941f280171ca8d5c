package org.cdisignals.bench.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
        List<String> commands = new ArrayList<>(List.of("start-domain domain1"));
        for (Path war : wars) {
            String name = war.getFileName().toString().replaceFirst("\\.war$", "");
            commands.add("deploy --force=true --name " + name + " --contextroot " + name + " " + war);
            deployed.add(name);
        }
        if (asadmin(commands) != 0) {
            throw new IOException("asadmin could not start Payara or deploy the WARs; see " + log);
        }
        long pid = Long.parseLong(Files.readString(domain().resolve("config/pid")).trim());
        server = ProcessHandle.of(pid).orElseThrow(() -> new IOException("Payara's process " + pid + " is gone"));
    }

    @Override
    public long pid() {
        return server.pid();
    }

    @Override
    public synchronized void close() {
        if (server == null || !server.isAlive()) {
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
        if (server.isAlive()) {
            AppServer.end(server);
        }
        deployed.clear();
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
