package org.cdisignals.admin.composite;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A composite id declared with {@code @IdClass}: the hall and the seat number. */
@Entity
@IdClass(SeatKey.class)
public class Seat {

    @Id
    private String hall;

    @Id
    private int seatNumber;

    private String holder;

    protected Seat() {
    }

    public Seat(String hall, int seatNumber, String holder) {
        this.hall = hall;
        this.seatNumber = seatNumber;
        this.holder = holder;
    }
}
