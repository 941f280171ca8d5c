package org.cdisignals.support;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The warnings one logger publishes while a test runs; close it to stop listening. */
public final class Warnings extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<String> messages = new ArrayList<>();

    private Warnings(Logger logger) {
        this.logger = logger;
        setLevel(Level.WARNING);
        logger.addHandler(this);
    }

    public static Warnings of(String logger) {
        return new Warnings(Logger.getLogger(logger));
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            messages.add(record.getMessage());
        }
    }

    public synchronized List<String> messages() {
        return List.copyOf(messages);
    }

    /** The warnings that carry {@code code}. */
    public List<String> coded(String code) {
        return messages().stream().filter(message -> message.startsWith(code + ":")).toList();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
