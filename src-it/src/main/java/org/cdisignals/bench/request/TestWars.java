package org.cdisignals.bench.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the three WARs. A WAR is a zip of a few entries, so they are written directly: the classes are copied from
 * this benchmark's own class path, the library is the jar this benchmark was built against (the reactor's).
 */
final class TestWars {

    private static final String BEANS_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
            """;

    private TestWars() {
    }

    /** Writes {@code <context root>.war} for each variant into {@code directory}. */
    static Map<Variant, Path> write(Path directory, Path library) throws IOException {
        Files.createDirectories(directory);
        Map<Variant, Path> wars = new EnumMap<>(Variant.class);
        for (Variant variant : Variant.values()) {
            Path war = directory.resolve(variant.contextRoot() + ".war");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
                add(zip, "WEB-INF/beans.xml", BEANS_XML.getBytes(StandardCharsets.UTF_8));
                for (Class<?> type : variant.classes()) {
                    String entry = type.getName().replace('.', '/') + ".class";
                    try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                        add(zip, "WEB-INF/classes/" + entry, in.readAllBytes());
                    }
                }
                if (variant.withLibrary()) {
                    add(zip, "WEB-INF/lib/" + library.getFileName(), Files.readAllBytes(library));
                }
            }
            wars.put(variant, war);
        }
        return wars;
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
