package org.cdisignals.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cdisignals.model.PostSave;
import org.cdisignals.model.PreSave;

/** One {@link PreSave} and one {@link PostSave} observer of {@link Item}, each doing a counter's worth of work. */
@ApplicationScoped
public class SaveCounter {

    private long preSaves;
    private long postSaves;

    void preSave(@Observes PreSave<Item> event) {
        preSaves++;
    }

    void postSave(@Observes PostSave<Item> event) {
        postSaves++;
    }

    public long preSaves() {
        return preSaves;
    }

    public long postSaves() {
        return postSaves;
    }
}
