package org.cdisignals.example.polls;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Choice {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @ManyToOne
    private Question question;

    private String choiceText;

    private int votes;

    protected Choice() {
    }

    Choice(Question question, String choiceText) {
        this.question = question;
        this.choiceText = choiceText;
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public String getChoiceText() {
        return choiceText;
    }

    public int getVotes() {
        return votes;
    }

    public void vote() {
        votes++;
    }

    @Override
    public String toString() {
        return "Choice[" + choiceText + "]";
    }
}
