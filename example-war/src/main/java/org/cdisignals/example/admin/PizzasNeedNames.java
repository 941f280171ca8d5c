package org.cdisignals.example.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.criteria.Expression;

import org.cdisignals.Sender;
import org.cdisignals.admin.Action;
import org.cdisignals.admin.ActionInterrupted;
import org.cdisignals.admin.AdminActionEnd;
import org.cdisignals.example.polls.Pizza;

/**
 * Checks a mass update of pizzas after it ran, from {@code AdminActionEnd}: inside the action's transaction, with its
 * changes flushed, so the check asks the database. A pizza left without a name vetoes the action, and the transaction
 * rolls back: every pizza keeps its old name.
 */
@ApplicationScoped
public class PizzasNeedNames {

    public static final String MESSAGE = "Every pizza needs a name: the mass update was undone.";

    void requireNames(@Observes @Sender(Pizza.class) @Action("mass_update") AdminActionEnd<Pizza> e) {
        boolean unnamed = e.queryset().exists((cb, pizza) -> {
            Expression<String> name = pizza.get("name");
            return cb.or(cb.isNull(name), cb.equal(cb.trim(name), ""));
        });
        if (unnamed) {
            throw new ActionInterrupted(MESSAGE);
        }
    }
}
