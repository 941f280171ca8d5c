package org.cdisignals.example.service;

import java.util.List;

import org.cdisignals.example.polls.Pizza;

/** A pizza and its toppings, copied out of the persistence context. */
public record PizzaView(long id, String name, List<ToppingView> toppings) {

    public record ToppingView(long id, String name) {
    }

    static PizzaView of(Pizza pizza) {
        return new PizzaView(pizza.getId(), pizza.getName(), pizza.getToppings().stream()
                .map(topping -> new ToppingView(topping.getId(), topping.getName()))
                .toList());
    }
}
