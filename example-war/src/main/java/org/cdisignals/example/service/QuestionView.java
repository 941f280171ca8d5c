package org.cdisignals.example.service;

import java.util.List;

import org.cdisignals.example.polls.Question;

/** A question and its choices, copied out of the persistence context. */
public record QuestionView(long id, String text, List<ChoiceView> choices) {

    public record ChoiceView(long id, String text, int votes) {
    }

    static QuestionView of(Question question) {
        return new QuestionView(question.getId(), question.getQuestionText(), question.getChoices().stream()
                .map(choice -> new ChoiceView(choice.getId(), choice.getChoiceText(), choice.getVotes()))
                .toList());
    }
}
