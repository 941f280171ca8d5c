package org.cdisignals.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cdisignals.model.M2MChanged;

/** One {@link M2MChanged} observer of {@link Pizza}'s toppings, doing a counter's worth of work. */
@ApplicationScoped
public class M2MCounter {

    private long changes;

    void changed(@Observes M2MChanged<Pizza> event) {
        changes++;
    }

    public long changes() {
        return changes;
    }
}
