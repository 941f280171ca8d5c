package org.cdisignals.admin;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.cdisignals.polls.Pizza;

/** A ModelAdmin whose CSV export is narrower than its changelist: pizza names, never the kitchen's ids. */
@ApplicationScoped
public class NamesOnlyPizzaAdmin implements ModelAdmin<Pizza> {

    @Override
    public Class<Pizza> model() {
        return Pizza.class;
    }

    @Override
    public List<String> columns() {
        return List.of("id", "name");
    }

    @Override
    public List<String> allowedAttributes(String action) {
        return action.equals("export_csv") ? List.of("name") : columns();
    }
}
