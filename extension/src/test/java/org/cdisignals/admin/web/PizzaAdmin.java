package org.cdisignals.admin.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.cdisignals.admin.ModelAdmin;
import org.cdisignals.polls.Pizza;

/** An entity only chefs may administer. */
@ApplicationScoped
public class PizzaAdmin implements ModelAdmin<Pizza> {

    @Override
    public Class<Pizza> model() {
        return Pizza.class;
    }

    @Override
    public List<String> columns() {
        return List.of("id", "name");
    }

    @Override
    public String requiredRole() {
        return "chef";
    }
}
