package org.cdisignals.bench.request;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sends GET requests to one URL on loopback over a fixed number of keep-alive connections for a fixed time. */
interface LoadGenerator {

    /** Connections kept busy: enough to keep the server's workers busy on 2 cores, few enough not to queue. */
    int CONNECTIONS = 8;

    Load run(URI uri, int seconds) throws IOException, InterruptedException;

    /** How it loads, for the report. */
    String description();

    /** wrk (Debian's package) when it is on the path, else the Java client. */
    static LoadGenerator available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path wrk = Path.of(dir, "wrk");
            if (Files.isExecutable(wrk)) {
                return new Wrk(wrk);
            }
        }
        return new JavaLoadClient();
    }
}
