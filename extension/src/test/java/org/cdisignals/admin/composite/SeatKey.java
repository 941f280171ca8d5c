package org.cdisignals.admin.composite;

import java.io.Serializable;
import java.util.Objects;

/** {@link Seat}'s id class. */
public class SeatKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String hall;
    private int seatNumber;

    public SeatKey() {
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeatKey key && key.seatNumber == seatNumber && Objects.equals(key.hall, hall);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hall, seatNumber);
    }
}
