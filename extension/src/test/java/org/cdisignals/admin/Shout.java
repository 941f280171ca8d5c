package org.cdisignals.admin;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.cdisignals.admin.ActionContext;
import org.cdisignals.admin.ActionResult;
import org.cdisignals.admin.AdminAction;
import org.cdisignals.polls.Question;

/** An application's own action: upper-cases the selected questions' text. Takes no form fields. */
@ApplicationScoped
public class Shout implements AdminAction {

    static final String NAME = "shout";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public <T> void clean(ActionForm form, ActionContext<T> context) {
        form.raw().keySet().forEach(field -> form.error(field, "shout takes no fields"));
    }

    @Override
    public <T> ActionResult execute(ActionForm form, ActionContext<T> context) {
        int[] rows = {0};
        context.selection().stream().map(Question.class::cast).forEach(q -> {
            q.setQuestionText(q.getQuestionText().toUpperCase(Locale.ROOT));
            rows[0]++;
        });
        return ActionResult.updated("Shouted " + rows[0], rows[0]);
    }
}
