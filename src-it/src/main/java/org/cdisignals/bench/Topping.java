package org.cdisignals.bench;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** What {@link M2MBenchmark} puts on and takes off every {@link Pizza}. */
@Entity
@Table(name = "BENCH_TOPPING")
public class Topping {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_topping")
    @SequenceGenerator(name = "bench_topping", sequenceName = "BENCH_TOPPING_SEQ", allocationSize = 100)
    private Long id;

    private String name;

    protected Topping() {
    }

    public Topping(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }
}
