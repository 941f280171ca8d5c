package org.cdisignals.bench.request;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * A server of {@code src-it/target}, prepared by the build as for the integration tests, started once with the
 * test WARs deployed and stopped again. HTTP on 127.0.0.1:8080.
 */
interface AppServer extends AutoCloseable {

    String name();

    /** Starts the server and deploys the WARs (context root: the file's name); returns once they are deployed. */
    void start(Collection<Path> wars) throws IOException, InterruptedException;

    /** The server's JVM, whose CPU time is measured. */
    long pid();

    /** Undeploys and stops, whatever state the server is in; may run twice (also from a shutdown hook). */
    @Override
    void close();

    /** Ends a process still alive after its server's own stop: politely first, as a server stops on SIGTERM. */
    static void end(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception notEnded) {
            process.destroyForcibly();
            process.onExit().join();
        }
    }
}
