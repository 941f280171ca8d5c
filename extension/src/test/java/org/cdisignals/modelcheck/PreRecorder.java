package org.cdisignals.modelcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.cdisignals.model.PreDelete;
import org.cdisignals.model.PreSave;

/** Records {@code PreSave} and {@code PreDelete}, for the runs in which somebody observes them. */
@ApplicationScoped
public class PreRecorder {

    @Inject
    Journal journal;

    void preSave(@Observes PreSave<?> e) {
        journal.add(e);
    }

    void preDelete(@Observes PreDelete<?> e) {
        journal.add(e);
    }
}
