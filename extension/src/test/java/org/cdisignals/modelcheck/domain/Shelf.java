package org.cdisignals.modelcheck.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An assigned id, a version, and a one-to-many that cascades everything and removes orphans. */
@Entity
@Table(name = "MC_SHELF")
public class Shelf {

    @Id
    @Column(name = "ID")
    private Long id;

    @Column(name = "LABEL")
    private String label;

    @Version
    @Column(name = "VERSION")
    private int version;

    @OneToMany(mappedBy = "shelf", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Book> books = new ArrayList<>();

    protected Shelf() {
    }

    public Shelf(Long id, String label) {
        this.id = id;
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public List<Book> getBooks() {
        return books;
    }

    @Override
    public String toString() {
        return "Shelf#" + id;
    }
}
