package org.cdisignals.bench.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's CPU time (user and system, all its threads) from {@code /proc/<pid>/stat}: the server's work, which
 * the load generator competing for the same 2 cores hardly changes, unlike the requests per second.
 */
final class ProcessCpu {

    private final Path stat;
    private final long nanosPerTick;

    /** Reads the clock tick of {@code /proc}'s times ({@code getconf CLK_TCK}, 100 on Linux) once. */
    ProcessCpu(long pid) throws IOException, InterruptedException {
        this.stat = Path.of("/proc", Long.toString(pid), "stat");
        Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
        long ticksPerSecond = Long.parseLong(new String(getconf.getInputStream().readAllBytes()).trim());
        getconf.waitFor();
        this.nanosPerTick = 1_000_000_000L / ticksPerSecond;
    }

    /** utime + stime so far, in nanoseconds (of the tick's resolution, 10 ms). */
    long nanos() throws IOException {
        String line = Files.readString(stat);
        // The command name (field 2) is in parentheses and may hold spaces; the fields after it are plain.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        // Fields 14 (utime) and 15 (stime) of proc(5), counted from field 3 (state) here.
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * nanosPerTick;
    }
}
