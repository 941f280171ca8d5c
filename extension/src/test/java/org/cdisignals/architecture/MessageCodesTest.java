package org.cdisignals.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The message codes a user searches for: each {@code CDISIG-nnn} is given by exactly one message, in the range of its
 * area (the table in {@code org.cdisignals.internal}'s package description). Read from the sources, where a message
 * is written as a string literal beginning with its code.
 */
class MessageCodesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CODE = Pattern.compile("\"CDISIG-(\\d{3}): ");

    /** A code and the package whose source gives it. */
    private record Use(int code, String packageName, Path file) {
    }

    private static List<Use> uses;

    @BeforeAll
    static void readSources() throws IOException {
        uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String packageName = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                Matcher matcher = CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    uses.add(new Use(Integer.parseInt(matcher.group(1)), packageName, file));
                }
            }
        }
    }

    @Test
    void theSourcesGiveMessageCodes() {
        assertFalse(uses.isEmpty(), "no \"CDISIG-nnn: \" literal found under " + SOURCES.toAbsolutePath());
    }

    @Test
    void everyCodeIsGivenByOneMessageOnly() {
        Map<Integer, List<Path>> byCode = new TreeMap<>();
        uses.forEach(use -> byCode.computeIfAbsent(use.code(), code -> new ArrayList<>()).add(use.file()));
        byCode.values().removeIf(files -> files.size() == 1);
        assertEquals(Map.of(), byCode, "codes given more than once");
    }

    @Test
    void everyCodeIsInItsAreasRange() {
        List<String> outside = new ArrayList<>();
        for (Use use : uses) {
            int low = rangeStart(use.packageName());
            if (use.code() < low || use.code() > low + 98) {
                outside.add("CDISIG-" + use.code() + " in " + use.file() + " (its area: " + low + "–" + (low + 98) + ")");
            }
        }
        assertEquals(List.of(), outside);
    }

    /** The ranges of the internal package's table: the admin 100s, migrate and Flyway 200s, the core the rest. */
    private static int rangeStart(String packageName) {
        if (packageName.startsWith("org.cdisignals.admin")) {
            return 101;
        }
        if (packageName.startsWith("org.cdisignals.flyway") || packageName.startsWith("org.cdisignals.migrate")) {
            return 201;
        }
        return 1;
    }
}
