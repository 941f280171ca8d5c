package org.cdisignals.example.rest;

/** Thrown while the polls are being maintained; {@link UnderMaintenanceMapper} turns it into a 503. */
public class UnderMaintenance extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnderMaintenance() {
        super("The polls are under maintenance");
    }
}
