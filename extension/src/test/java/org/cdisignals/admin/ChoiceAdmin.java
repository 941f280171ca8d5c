package org.cdisignals.admin;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.cdisignals.polls.Choice;

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
}
