package org.cdisignals.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.cdisignals.Sender;
import org.cdisignals.model.PreSave;
import org.cdisignals.polls.Question;
import org.cdisignals.support.EventLog;

/**
 * Records every admin signal into the {@link EventLog}, plus one line from an observer filtered by sender and action;
 * throws at the stage a test names, as an application's veto would.
 */
@ApplicationScoped
public class AdminObservers {

    @Inject
    EventLog log;

    private volatile String vetoAt = "";

    /** Names the stage whose observer throws ActionInterrupted: "Requested", "Start" or "End"; or "End!" for a failure. */
    public void vetoAt(String stage) {
        vetoAt = stage;
    }

    void requested(@Observes AdminActionRequested<?> e) {
        log.add("Requested " + e.sender().getSimpleName() + " " + e.action() + " count=" + e.queryset().count()
                + " request=" + e.request() + " admin of " + e.modelAdmin().model().getSimpleName());
        if (e.sender() == Question.class && e.queryset().exists("questionText", "locked")) {
            throw new ActionInterrupted("Locked questions cannot be changed");
        }
        veto("Requested");
    }

    void start(@Observes AdminActionStart<?> e) {
        log.add("Start " + e.sender().getSimpleName() + " " + e.action() + " " + e.form().cleaned());
        veto("Start");
    }

    void end(@Observes AdminActionEnd<?> e) {
        log.add("End " + e.sender().getSimpleName() + " " + e.action() + " updated=" + e.updated()
                + " errors=" + e.errors());
        veto("End");
        if (vetoAt.equals("End!")) {
            throw new IllegalStateException("audit log is down");
        }
    }

    void questionMassUpdatesOnly(@Observes @Sender(Question.class) @Action("mass_update") AdminActionStart<Question> e) {
        log.add("Filtered " + e.sender().getSimpleName() + " " + e.action());
    }

    /** A model-signal observer that vetoes: the provider may wrap its exception, the runner still finds it. */
    void noForbiddenQuestions(@Observes @Sender(Question.class) PreSave<Question> e) {
        if ("forbidden".equals(e.instance().getQuestionText())) {
            throw new ActionInterrupted("Questions cannot be forbidden");
        }
    }

    private void veto(String stage) {
        if (vetoAt.equals(stage)) {
            throw new ActionInterrupted("Vetoed at " + stage);
        }
    }
}
