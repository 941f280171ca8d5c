package org.cdisignals.example.signals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.cdisignals.Sender;
import org.cdisignals.example.polls.Pizza;
import org.cdisignals.example.polls.Question;
import org.cdisignals.model.ClassPrepared;
import org.cdisignals.model.M2MChanged;
import org.cdisignals.model.PostDelete;
import org.cdisignals.model.PostInit;
import org.cdisignals.model.PostSave;
import org.cdisignals.model.PreDelete;
import org.cdisignals.model.PreInit;
import org.cdisignals.model.PreSave;

/** One observer per model signal, each writing what it saw into the {@link SignalLog}. */
@ApplicationScoped
public class ModelSignalObservers {

    @Inject
    SignalLog log;

    void classPrepared(@Observes ClassPrepared<?> e) {
        log.record("class_prepared " + e.sender().getSimpleName() + " using=" + e.using());
    }

    void preInit(@Observes PreInit<?> e) {
        log.record("pre_init " + e.sender().getSimpleName());
    }

    void postInit(@Observes PostInit<?> e) {
        log.record("post_init " + e.instance());
    }

    void questionSaving(@Observes @Sender(Question.class) PreSave<Question> e) {
        log.record("pre_save " + e.instance() + " update_fields=" + e.updateFields());
    }

    void anySaved(@Observes PostSave<?> e) {
        log.record("post_save " + e.instance() + " created=" + e.created() + " update_fields=" + e.updateFields());
    }

    void preDelete(@Observes PreDelete<?> e) {
        log.record("pre_delete " + e.instance() + " origin=" + e.origin());
    }

    void postDelete(@Observes PostDelete<?> e) {
        log.record("post_delete " + e.instance() + " origin=" + e.origin());
    }

    void toppingsChanged(@Observes @Sender(Pizza.class) M2MChanged<Pizza> e) {
        log.record("m2m_changed " + e.action() + " " + e.instance() + "." + e.attribute() + " pk_set=" + e.pkSet());
    }
}
