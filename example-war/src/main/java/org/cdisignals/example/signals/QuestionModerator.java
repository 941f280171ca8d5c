package org.cdisignals.example.signals;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.cdisignals.Sender;
import org.cdisignals.example.polls.Question;
import org.cdisignals.model.PreSave;

/**
 * Vetoes questions about spam, the way a Django {@code pre_save} receiver refuses a save: by throwing. The exception
 * reaches the code that saved, whose transaction then rolls back, so no row is written.
 */
@ApplicationScoped
public class QuestionModerator {

    /** Questions whose text contains this word (in any case) are refused. */
    public static final String FORBIDDEN_WORD = "spam";

    @Inject
    SignalLog log;

    void moderate(@Observes @Sender(Question.class) PreSave<Question> e) {
        String text = e.instance().getQuestionText();
        if (text != null && text.toLowerCase(Locale.ROOT).contains(FORBIDDEN_WORD)) {
            log.record("rejected " + e.instance());
            throw new QuestionRejected(e.instance());
        }
    }
}
