package org.cdisignals.example.signals;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** The signals the example has received, newest last, as the lines its pages show. */
@ApplicationScoped
public class SignalLog {

    private final List<String> entries = new ArrayList<>();

    public synchronized void record(String entry) {
        entries.add(entry);
    }

    public synchronized List<String> entries() {
        return List.copyOf(entries);
    }
}
