package org.cdisignals.bench.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The machine's server lock: the servers of everyone on this machine use the same ports, so a server starts only
 * under {@code flock /tmp/servers.lock …}. This benchmark does not take the lock itself (a build already run under
 * it would then wait for itself); it checks in {@code /proc/locks} that one of its ancestors holds it.
 */
final class MachineLock {

    static final Path FILE = Path.of("/tmp/servers.lock");

    private MachineLock() {
    }

    static boolean heldByAncestor() throws IOException {
        if (!Files.exists(FILE)) {
            return false;
        }
        String inode = ":" + Files.getAttribute(FILE, "unix:ino");
        Set<String> ancestors = new HashSet<>();
        for (Optional<ProcessHandle> p = Optional.of(ProcessHandle.current()); p.isPresent(); p = p.get().parent()) {
            ancestors.add(Long.toString(p.get().pid()));
        }
        // "1: FLOCK  ADVISORY  WRITE <pid> <major>:<minor>:<inode> 0 EOF"; a waiter's line has "->" before FLOCK.
        for (String line : Files.readAllLines(Path.of("/proc/locks"))) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length > 5 && fields[1].equals("FLOCK") && ancestors.contains(fields[4])
                    && fields[5].endsWith(inode)) {
                return true;
            }
        }
        return false;
    }
}
