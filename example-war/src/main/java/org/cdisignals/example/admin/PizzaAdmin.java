package org.cdisignals.example.admin;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.cdisignals.admin.ModelAdmin;
import org.cdisignals.example.polls.Pizza;

/** Pizzas, for chefs only; merging pizzas is not offered, since their toppings would not follow. */
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
    public Set<String> actions() {
        return Set.of("mass_update", "export_csv", "export_json");
    }

    @Override
    public String requiredRole() {
        return Roles.CHEF;
    }
}
