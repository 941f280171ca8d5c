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
}
