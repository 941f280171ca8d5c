package org.cdisignals.example.polls;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/** Owns the many-to-many with {@link Topping}, as Django's documentation example for m2m_changed. */
@Entity
public class Pizza {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    private String name;

    @ManyToMany
    private Set<Topping> toppings = new LinkedHashSet<>();

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

    public Set<Topping> getToppings() {
        return toppings;
    }

    @Override
    public String toString() {
        return "Pizza[" + name + "]";
    }
}
