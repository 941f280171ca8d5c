package org.cdisignals.polls;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

@Entity
public class Topping {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    private String name;

    @ManyToMany(mappedBy = "toppings")
    private Set<Pizza> pizzas = new LinkedHashSet<>();

    // The inverse of a second association between the same two types.
    @ManyToMany(mappedBy = "extras")
    private Set<Pizza> extraOn = new LinkedHashSet<>();

    protected Topping() {
    }

    public Topping(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Set<Pizza> getPizzas() {
        return pizzas;
    }

    public Set<Pizza> getExtraOn() {
        return extraOn;
    }

    @Override
    public String toString() {
        return "Topping[" + name + "]";
    }
}
