package org.cdisignals.bench;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The owner of the many-to-many that {@link M2MBenchmark} changes, as in Django's pizza and toppings. */
@Entity
@Table(name = "BENCH_PIZZA")
public class Pizza {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_pizza")
    @SequenceGenerator(name = "bench_pizza", sequenceName = "BENCH_PIZZA_SEQ", allocationSize = 100)
    private Long id;

    private String name;

    // The join table is named so that both providers map the same schema.
    @ManyToMany
    @JoinTable(name = "BENCH_PIZZA_TOPPING")
    private Set<Topping> toppings = new HashSet<>();

    protected Pizza() {
    }

    public Pizza(String name) {
        this.name = name;
    }

    public Set<Topping> getToppings() {
        return toppings;
    }
}
