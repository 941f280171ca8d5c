package org.cdisignals.polls;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

/** Owns two associations to {@link Topping}, told apart by attribute name. */
@Entity
public class Pizza {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    private String name;

    @ManyToMany
    @JoinTable(name = "PIZZA_TOPPINGS")
    private Set<Topping> toppings = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "PIZZA_EXTRAS")
    private Set<Topping> extras = new LinkedHashSet<>();

    protected Pizza() {
    }

    public Pizza(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Set<Topping> getToppings() {
        return toppings;
    }

    public void setToppings(Set<Topping> toppings) {
        this.toppings = toppings;
    }

    public Set<Topping> getExtras() {
        return extras;
    }

    @Override
    public String toString() {
        return "Pizza[" + name + "]";
    }
}
