package org.cdisignals.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's side: runs {@code django_signals.py} with Debian's own Python (the one {@code python3-django} installs
 * Django for) and reads its figures, lines {@code django.<operation>.<variant> <median ns/op>}.
 */
final class DjangoBench {

    private static final Pattern FIGURE = Pattern.compile("^django\\.(\\S+) ([0-9.]+)$");

    private final Process process;
    private final String notRun;

    private DjangoBench(Process process, String notRun) {
        this.process = process;
        this.notRun = notRun;
    }

    /** Starts the script, or says why it cannot run. */
    static DjangoBench start(Path python, Path script) {
        if (!Files.isExecutable(python) || !Files.isRegularFile(script)) {
            return new DjangoBench(null, "no " + (Files.isExecutable(python) ? script : python));
        }
        try {
            return new DjangoBench(
                    new ProcessBuilder(python.toString(), script.toString()).redirectErrorStream(true).start(), null);
        } catch (IOException e) {
            return new DjangoBench(null, e.toString());
        }
    }

    /**
     * Waits for the script and returns its figures in ns/op by {@code operation.variant}, empty (with the reason
     * printed) when it could not run; its comment lines (Django's and Python's versions) are printed as they are.
     */
    Map<String, Double> figures() {
        Map<String, Double> figures = new LinkedHashMap<>();
        if (process == null) {
            System.out.println("# Django not measured: " + notRun + " (apt-get install -y python3-django)");
            return figures;
        }
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                Matcher figure = FIGURE.matcher(line);
                if (figure.matches()) {
                    figures.put(figure.group(1), Double.parseDouble(figure.group(2)));
                } else if (line.startsWith("# Django")) {
                    System.out.println(line);
                }
            }
            if (process.waitFor() != 0) {
                System.out.println("# Django not measured: the script failed (apt-get install -y python3-django?): "
                        + (output.isEmpty() ? "no output" : output.get(output.size() - 1)));
                figures.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return figures;
    }
}
