package org.cdisignals.example.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.cdisignals.example.polls.Choice;
import org.cdisignals.example.polls.Question;

/**
 * Questions and votes. Changes are flushed when the transaction commits, as most applications leave them: their save
 * and delete signals are sent during the commit, and transactional observers still run in their phase. Two paths
 * flush earlier, to compare: {@link #rename} explicitly, {@link #createThenRollBack} through a query's auto-flush. A
 * veto of a new question happens at {@code persist} ({@code PreSave} is sent there), inside the method.
 */
@ApplicationScoped
@Transactional
public class QuestionService {

    @PersistenceContext(unitName = "polls")
    EntityManager em;

    public List<QuestionView> list() {
        return em.createQuery("select q from Question q order by q.id", Question.class).getResultList().stream()
                .map(QuestionView::of).toList();
    }

    public QuestionView get(long id) {
        return QuestionView.of(question(id));
    }

    public QuestionView create(String text, List<String> choices) {
        Question question = new Question(text);
        choices.forEach(question::addChoice);
        em.persist(question);
        return QuestionView.of(question);
    }

    /**
     * Saves the question, then fails: the count query flushes it first (auto-flush), so its save signals are sent,
     * and the rollback must withdraw the row.
     */
    public QuestionView createThenRollBack(String text) {
        Question question = new Question(text);
        em.persist(question);
        em.createQuery("select count(q) from Question q", Long.class).getSingleResult();
        throw new DeliberateRollback("Rolled back on purpose after saving " + question);
    }

    public QuestionView rename(long id, String text) {
        Question question = question(id);
        question.setQuestionText(text);
        // The one explicit flush: the rename's signals, and a veto of it, happen here rather than at the commit.
        em.flush();
        return QuestionView.of(question);
    }

    public QuestionView vote(long questionId, long choiceId) {
        Question question = question(questionId);
        Choice choice = question.getChoices().stream().filter(c -> c.getId() == choiceId).findFirst()
                .orElseThrow(() -> new NotFound("Question " + questionId + " has no choice " + choiceId));
        choice.vote();
        return QuestionView.of(question);
    }

    public void delete(long id) {
        em.remove(question(id));
    }

    private Question question(long id) {
        Question question = em.find(Question.class, id);
        if (question == null) {
            throw new NotFound("No question " + id);
        }
        return question;
    }
}
