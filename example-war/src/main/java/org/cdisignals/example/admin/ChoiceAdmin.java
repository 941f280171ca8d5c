package org.cdisignals.example.admin;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.cdisignals.admin.ModelAdmin;
import org.cdisignals.example.polls.Choice;

/** Choices, for every member of staff; {@link VotesAreCounted} keeps their votes out of mass updates. */
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
}
