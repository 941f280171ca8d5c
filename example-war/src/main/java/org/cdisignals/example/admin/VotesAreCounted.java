package org.cdisignals.example.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cdisignals.Sender;
import org.cdisignals.admin.Action;
import org.cdisignals.admin.ActionInterrupted;
import org.cdisignals.admin.AdminActionStart;
import org.cdisignals.example.polls.Choice;

/**
 * Refuses a mass update that would set the votes of choices: votes are counted, one at a time, by the poll. One
 * observer method, qualified by sender and action, is the whole rule; the user sees its message and nothing changes.
 */
@ApplicationScoped
public class VotesAreCounted {

    public static final String MESSAGE = "Votes are counted, not edited: a mass update may not change votes.";

    void refuseVoteEdits(@Observes @Sender(Choice.class) @Action("mass_update") AdminActionStart<Choice> e) {
        if (e.form().cleaned().containsKey("votes")) {
            throw new ActionInterrupted(MESSAGE);
        }
    }
}
