package org.cdisignals.example.signals;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.cdisignals.Sender;
import org.cdisignals.example.polls.Question;
import org.cdisignals.model.PostSave;

/**
 * Django's {@code transaction.on_commit} for saved questions, and every other transaction phase: CDI delivers the
 * {@link PostSave} in the phase each observer names, whether the save was flushed explicitly, by a query or at the
 * commit, and the asynchronous observer once the transaction has committed. Kept apart from
 * {@link ModelSignalObservers} because without JTA (the console demo) every observer runs at once. The priorities fix
 * the order of those notified at the same moment.
 */
@ApplicationScoped
public class OnCommitObserver {

    @Inject
    SignalLog log;

    void beforeCommit(@Observes(during = TransactionPhase.BEFORE_COMPLETION) @Priority(Interceptor.Priority.APPLICATION)
                      @Sender(Question.class) PostSave<Question> e) {
        log.record("before_completion " + e.instance() + " created=" + e.created());
    }

    void questionCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                           @Priority(Interceptor.Priority.APPLICATION + 1) @Sender(Question.class) PostSave<Question> e) {
        log.record("after_commit " + e.instance() + " created=" + e.created());
    }

    void questionRolledBack(@Observes(during = TransactionPhase.AFTER_FAILURE)
                            @Priority(Interceptor.Priority.APPLICATION + 2) @Sender(Question.class) PostSave<Question> e) {
        log.record("after_rollback " + e.instance() + " created=" + e.created());
    }

    void questionCompleted(@Observes(during = TransactionPhase.AFTER_COMPLETION)
                           @Priority(Interceptor.Priority.APPLICATION + 3) @Sender(Question.class) PostSave<Question> e) {
        log.record("after_completion " + e.instance() + " created=" + e.created());
    }

    void questionCommittedAsync(@ObservesAsync @Sender(Question.class) PostSave<Question> e) {
        log.record("async_after_commit " + e.instance() + " created=" + e.created());
    }
}
