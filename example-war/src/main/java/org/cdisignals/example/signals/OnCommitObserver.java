package org.cdisignals.example.signals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.cdisignals.Sender;
import org.cdisignals.example.polls.Question;
import org.cdisignals.model.PostSave;

/**
 * Django's {@code transaction.on_commit} for saved questions: CDI delivers the {@link PostSave} once the JTA
 * transaction has committed, and never when it rolls back. Kept apart from {@link ModelSignalObservers} because
 * without JTA (the console demo) CDI delivers transactional observers at once.
 */
@ApplicationScoped
public class OnCommitObserver {

    @Inject
    SignalLog log;

    void questionCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Sender(Question.class)
                           PostSave<Question> e) {
        log.record("after_commit " + e.instance() + " created=" + e.created());
    }
}
