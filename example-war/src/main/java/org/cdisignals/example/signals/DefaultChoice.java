package org.cdisignals.example.signals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cdisignals.Sender;
import org.cdisignals.example.polls.Choice;
import org.cdisignals.example.polls.Question;
import org.cdisignals.model.PostSave;

/**
 * Django's {@code post_save} creating a related row (a user's profile): a new question whose text starts with
 * {@value #PREFIX} gets a "No opinion" choice, persisted through the application's entity manager. It is written in
 * the same transaction as the question: both commit, or neither does.
 */
@ApplicationScoped
public class DefaultChoice {

    /** The questions that get the default choice. */
    public static final String PREFIX = "Poll:";

    /** The choice they get. */
    public static final String TEXT = "No opinion";

    @PersistenceContext(unitName = "polls")
    EntityManager em;

    @Inject
    SignalLog log;

    void questionCreated(@Observes @Sender(Question.class) PostSave<Question> e) {
        Question question = e.instance();
        if (e.created() && question.getQuestionText() != null && question.getQuestionText().startsWith(PREFIX)) {
            Choice choice = question.addChoice(TEXT);
            em.persist(choice);
            log.record("default_choice " + question);
        }
    }
}
