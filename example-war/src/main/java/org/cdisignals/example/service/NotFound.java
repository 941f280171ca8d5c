package org.cdisignals.example.service;

/** A requested row does not exist (or does not belong where the request said). */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
