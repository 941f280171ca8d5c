package org.cdisignals.modelcheck.domain;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Ids the database assigns at the INSERT, two to-ones (the shelf, and a sequel that may be set and unset), an owning many-to-many (which {@link EBook} inherits) and a self
 * many-to-many. Collections may be replaced or set to null, as applications do.
 */
@Entity
@Table(name = "MC_BOOK")
@Inheritance(strategy = InheritanceType.JOINED)
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TITLE")
    private String title;

    @Column(name = "PAGES")
    private int pages;

    @ManyToOne
    @JoinColumn(name = "SHELF_ID")
    private Shelf shelf;

    @ManyToOne
    @JoinColumn(name = "SEQUEL_ID")
    private Book sequel;

    @ManyToMany
    @JoinTable(name = "MC_BOOK_TAGS", joinColumns = @JoinColumn(name = "BOOK_ID"),
            inverseJoinColumns = @JoinColumn(name = "TAG_ID"))
    private Set<Tag> tags = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "MC_BOOK_RELATED", joinColumns = @JoinColumn(name = "BOOK_ID"),
            inverseJoinColumns = @JoinColumn(name = "RELATED_ID"))
    private Set<Book> related = new LinkedHashSet<>();

    protected Book() {
    }

    public Book(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getPages() {
        return pages;
    }

    public void setPages(int pages) {
        this.pages = pages;
    }

    public Shelf getShelf() {
        return shelf;
    }

    public void setShelf(Shelf shelf) {
        this.shelf = shelf;
    }

    public Book getSequel() {
        return sequel;
    }

    public void setSequel(Book sequel) {
        this.sequel = sequel;
    }

    /** May be null: an application may set it so. */
    public Set<Tag> getTags() {
        return tags;
    }

    public void setTags(Set<Tag> tags) {
        this.tags = tags;
    }

    public Set<Book> getRelated() {
        return related;
    }

    public void setRelated(Set<Book> related) {
        this.related = related;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + id;
    }
}
