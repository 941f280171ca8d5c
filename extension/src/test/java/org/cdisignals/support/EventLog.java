package org.cdisignals.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

/** What the observers of a test saw, one line per notification, in order. */
@ApplicationScoped
public class EventLog {

    private final List<String> lines = new ArrayList<>();

    public synchronized void add(String line) {
        lines.add(line);
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public synchronized List<String> lines(Predicate<String> filter) {
        return lines.stream().filter(filter).toList();
    }

    /** The lines that start with any of {@code prefixes}, in order. */
    public synchronized List<String> startingWith(String... prefixes) {
        return lines(line -> Arrays.stream(prefixes).anyMatch(line::startsWith));
    }

    public synchronized void clear() {
        lines.clear();
    }
}
