package org.cdisignals.example.service;

/** Thrown after a successful save to show that a rolled-back transaction sends no on-commit signal. */
public class DeliberateRollback extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeliberateRollback(String message) {
        super(message);
    }
}
