package org.cdisignals.example.signals;

import org.cdisignals.example.polls.Question;

/** Thrown by {@link QuestionModerator} to veto a save; unchecked, so it marks the caller's transaction rollback-only. */
public class QuestionRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QuestionRejected(Question question) {
        super("Questions about " + QuestionModerator.FORBIDDEN_WORD + " are not allowed: " + question);
    }
}
