package org.cdisignals.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.cdisignals.polls.Question;

/** The questions' admin: the built-in actions plus the custom {@code shout}; merging needs the role chief. */
@ApplicationScoped
public class QuestionAdmin implements ModelAdmin<Question> {

    @Override
    public Class<Question> model() {
        return Question.class;
    }

    @Override
    public List<String> columns() {
        return List.of("id", "questionText");
    }

    /** A merge deletes a question: only a chief editor may run it (the pages test the per-action role with it). */
    @Override
    public String requiredRole(String action) {
        return action.equals("merge") ? "chief" : requiredRole();
    }

    @Override
    public Set<String> actions() {
        Set<String> actions = new HashSet<>(BUILT_IN_ACTIONS);
        actions.add(Shout.NAME);
        return actions;
    }
}
