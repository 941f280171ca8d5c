package org.cdisignals.example.admin;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.cdisignals.admin.ModelAdmin;
import org.cdisignals.example.polls.Question;

/** Questions, for every member of staff (merging them for chefs only); ten to a page, so that paging shows soon. */
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

    @Override
    public String requiredRole() {
        return Roles.STAFF;
    }

    /** A merge deletes a question: only chefs, the site's senior staff, may run it. */
    @Override
    public String requiredRole(String action) {
        return action.equals("merge") ? Roles.CHEF : requiredRole();
    }

    @Override
    public int listPerPage() {
        return 10;
    }
}
