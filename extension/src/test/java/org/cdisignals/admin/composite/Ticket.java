package org.cdisignals.admin.composite;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** A composite id declared with {@code @EmbeddedId}. */
@Entity
public class Ticket {

    @EmbeddedId
    private TicketKey key;

    private String holder;

    protected Ticket() {
    }

    public Ticket(String show, int seat, String holder) {
        this.key = new TicketKey(show, seat);
        this.holder = holder;
    }
}
