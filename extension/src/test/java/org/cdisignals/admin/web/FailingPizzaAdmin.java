package org.cdisignals.admin.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.cdisignals.admin.ModelAdmin;
import org.cdisignals.polls.Pizza;

/** A ModelAdmin whose changelist fails, wrapped twice, as a provider's or container's failure would arrive. */
@ApplicationScoped
public class FailingPizzaAdmin implements ModelAdmin<Pizza> {

    @Override
    public Class<Pizza> model() {
        return Pizza.class;
    }

    @Override
    public List<String> columns() {
        return List.of("name");
    }

    @Override
    public String display(Pizza row, String column) {
        throw new IllegalStateException("rendering failed",
                new RuntimeException("wrapper", new ArithmeticException("the oven is cold")));
    }
}
