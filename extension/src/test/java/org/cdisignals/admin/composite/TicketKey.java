package org.cdisignals.admin.composite;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** {@link Ticket}'s embedded id. */
@Embeddable
public class TicketKey implements Serializable {

    private static final long serialVersionUID = 1L;

    // SHOW is a reserved word in MariaDB.
    @Column(name = "SHOW_TITLE")
    private String show;
    private int seat;

    protected TicketKey() {
    }

    TicketKey(String show, int seat) {
        this.show = show;
        this.seat = seat;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TicketKey key && key.seat == seat && Objects.equals(key.show, show);
    }

    @Override
    public int hashCode() {
        return Objects.hash(show, seat);
    }
}
