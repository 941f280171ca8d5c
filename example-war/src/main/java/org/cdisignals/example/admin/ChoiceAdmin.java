package org.cdisignals.example.admin;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.cdisignals.admin.ModelAdmin;
import org.cdisignals.example.polls.Choice;

/**
 * Choices, for every member of staff; {@link VotesAreCounted} keeps their votes out of mass updates, and exports leave
 * them out.
 */
@ApplicationScoped
public class ChoiceAdmin implements ModelAdmin<Choice> {

    @Override
    public Class<Choice> model() {
        return Choice.class;
    }

    @Override
    public List<String> columns() {
        return List.of("id", "choiceText", "votes");
    }

    @Override
    public String requiredRole() {
        return Roles.STAFF;
    }

    /**
     * A mass update may write the text and the votes (so that {@link VotesAreCounted} can show its veto); an export
     * emits the text only: the tally is published by the poll when it closes, not by an admin download. The question
     * a choice belongs to is neither written nor exported.
     */
    @Override
    public List<String> allowedAttributes(String action) {
        return action.equals("mass_update") ? List.of("choiceText", "votes") : List.of("id", "choiceText");
    }
}
