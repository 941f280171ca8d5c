package org.cdisignals.bench.request;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk with one thread: one core's worth of an event loop, which leaves the other core to the server, instead of a
 * thread per connection.
 */
final class Wrk implements LoadGenerator {

    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m)\\b");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    private final Path executable;

    Wrk(Path executable) {
        this.executable = executable;
    }

    @Override
    public Load run(URI uri, int seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder(executable.toString(), "-t1", "-c" + CONNECTIONS, "-d" + seconds + "s",
                "--timeout", "5s", uri.toString()).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IOException("wrk failed: " + output);
        }
        return parse(output);
    }

    /** The counts of wrk's summary: answered, its duration, socket errors and statuses other than 2xx or 3xx. */
    static Load parse(String output) throws IOException {
        Matcher total = TOTAL.matcher(output);
        if (!total.find()) {
            throw new IOException("No request count in wrk's output: " + output);
        }
        long answered = Long.parseLong(total.group(1));
        long errors = 0;
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                errors += Long.parseLong(socket.group(group));
            }
        }
        Matcher non2xx = NON_2XX.matcher(output);
        long failedStatus = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        return new Load(answered - failedStatus, seconds(total.group(2), total.group(3)), errors + failedStatus);
    }

    private static double seconds(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "us" -> v / 1e6;
            case "ms" -> v / 1e3;
            case "m" -> v * 60;
            default -> v;
        };
    }

    @Override
    public String description() {
        return "wrk -t1 -c" + CONNECTIONS;
    }
}
