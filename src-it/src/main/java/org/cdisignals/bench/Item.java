package org.cdisignals.bench;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The entity every benchmark saves: the same class in every persistence unit, so only the listeners differ. */
@Entity
@Table(name = "BENCH_ITEM")
public class Item {

    // Ids in blocks of 1,000: one sequence round trip per transaction, so id generation does not dominate.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_item")
    @SequenceGenerator(name = "bench_item", sequenceName = "BENCH_ITEM_SEQ", allocationSize = 1000)
    private Long id;

    private String name;

    private int quantity;

    protected Item() {
    }

    public Item(String name, int quantity) {
        this.name = name;
        this.quantity = quantity;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }
}
