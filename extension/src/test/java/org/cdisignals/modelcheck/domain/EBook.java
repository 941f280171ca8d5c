package org.cdisignals.modelcheck.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** A JOINED subclass: its row is split over two tables, and it inherits {@link Book}'s associations. */
@Entity
@Table(name = "MC_EBOOK")
@PrimaryKeyJoinColumn(name = "ID")
public class EBook extends Book {

    @Column(name = "FORMAT")
    private String format;

    protected EBook() {
    }

    public EBook(String title, String format) {
        super(title);
        this.format = format;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}
