package org.cdisignals.admin;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.cdisignals.polls.Topping;

@ApplicationScoped
public class ToppingAdmin implements ModelAdmin<Topping> {

    @Override
    public Class<Topping> model() {
        return Topping.class;
    }

    @Override
    public List<String> columns() {
        return List.of("id", "name");
    }

    /** Two to a page, so that a few toppings make enough pages for the paginator to leave some out. */
    @Override
    public int listPerPage() {
        return 2;
    }
}
