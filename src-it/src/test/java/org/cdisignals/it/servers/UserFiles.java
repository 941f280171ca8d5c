package org.cdisignals.it.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Line-per-user files of the servers' realms, where each line starts with the user name and a separator. */
final class UserFiles {

    private UserFiles() {
    }

    /**
     * Writes one line per {@link ExampleUser} into {@code file}, replacing earlier lines of those users and keeping
     * every other line (the shipped comments, other users), so that running the build again changes nothing else.
     */
    static void put(Path file, String separator, Function<ExampleUser, String> line) throws IOException {
        List<String> kept = new ArrayList<>();
        for (String existing : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!ofExampleUser(existing, separator)) {
                kept.add(existing);
            }
        }
        for (ExampleUser user : ExampleUser.values()) {
            kept.add(line.apply(user));
        }
        Files.write(file, kept, StandardCharsets.UTF_8);
    }

    private static boolean ofExampleUser(String line, String separator) {
        for (ExampleUser user : ExampleUser.values()) {
            if (line.startsWith(user.username() + separator)) {
                return true;
            }
        }
        return false;
    }
}
