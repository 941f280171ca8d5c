package org.cdisignals.modelcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.cdisignals.model.M2MChanged;
import org.cdisignals.model.PostDelete;
import org.cdisignals.model.PostInit;
import org.cdisignals.model.PostSave;
import org.cdisignals.model.PreInit;

/**
 * Records the signals the check compares with the tables. {@code PreDelete} is left to {@link PreRecorder}: with
 * nobody observing it, the removal root must still reach {@code PostDelete}.
 */
@ApplicationScoped
public class Recorder {

    @Inject
    Journal journal;

    void preInit(@Observes PreInit<?> e) {
        journal.add(e);
    }

    void postInit(@Observes PostInit<?> e) {
        journal.add(e);
    }

    void postSave(@Observes PostSave<?> e) {
        journal.add(e);
    }

    void postDelete(@Observes PostDelete<?> e) {
        journal.add(e);
    }

    void m2m(@Observes M2MChanged<?> e) {
        journal.add(e);
    }
}
