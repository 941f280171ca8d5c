package org.cdisignals.modelcheck;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.cdisignals.modelcheck.domain.Book;
import org.cdisignals.modelcheck.domain.EBook;
import org.cdisignals.modelcheck.domain.Shelf;
import org.cdisignals.modelcheck.domain.Tag;

/**
 * One thing the application does. Entities are picked by index among the world's handles (modulo their number), so
 * every sequence stays runnable while jqwik shrinks it; the record's text is what a failure prints.
 */
sealed interface Op {

    /** An operation on entities; the control operations (flush, commit, …) are run by {@link ModelCheck}. */
    sealed interface Change extends Op {
        void run(World w);
    }

    record Flush() implements Op {
    }

    record Commit() implements Op {
    }

    record Rollback() implements Op {
    }

    record Clear() implements Op {
    }

    /** Renames a shelf to the label a {@code PreSave} observer refuses and flushes: the flush must fail. */
    record VetoAtFlush(int shelf) implements Op {
    }

    /** Persists a shelf a {@code PreSave} observer refuses: {@code persist()} must fail. */
    record VetoAtPersist() implements Op {
    }

    record PersistShelf(int books, boolean ebook) implements Change {
        public void run(World w) {
            Shelf shelf = new Shelf(w.nextShelfId(), "shelf");
            for (int i = 0; i < books; i++) {
                Book book = ebook ? new EBook("e" + i, "epub") : new Book("b" + i);
                book.setShelf(shelf);
                shelf.getBooks().add(book);
            }
            w.em.persist(shelf);
            w.added(w.shelves, shelf);
            shelf.getBooks().forEach(book -> w.added(w.books, book));
        }
    }

    /** A new shelf merged with its assigned id: the managed copy is the one saved. */
    record MergeNewShelf() implements Change {
        public void run(World w) {
            w.added(w.shelves, w.em.merge(new Shelf(w.nextShelfId(), "merged")));
        }
    }

    record PersistBook(int shelf, boolean ebook, int tag, boolean newTag) implements Change {
        public void run(World w) {
            Shelf owner = w.shelf(shelf);
            if (owner == null) {
                return;
            }
            Book book = ebook ? new EBook("new", "pdf") : new Book("new");
            book.setShelf(owner);
            owner.getBooks().add(book);
            Tag tagged = newTag ? new Tag("fresh") : w.tag(tag);
            if (tagged != null) {
                if (newTag) {
                    w.em.persist(tagged);
                    w.added(w.tags, tagged);
                }
                book.getTags().add(tagged);
                tagged.getBooks().add(book);
            }
            w.em.persist(book);
            w.added(w.books, book);
        }
    }

    record PersistTag() implements Change {
        public void run(World w) {
            Tag tag = new Tag("tag");
            w.em.persist(tag);
            w.added(w.tags, tag);
        }
    }

    enum Attribute { SHELF_LABEL, BOOK_TITLE, BOOK_PAGES, EBOOK_FORMAT, TAG_NAME }

    record Rename(Attribute attribute, int index, int value) implements Change {
        public void run(World w) {
            switch (attribute) {
                case SHELF_LABEL -> {
                    Shelf shelf = w.shelf(index);
                    if (shelf != null) {
                        shelf.setLabel("label" + value);
                    }
                }
                case BOOK_TITLE -> {
                    Book book = w.book(index);
                    if (book != null) {
                        book.setTitle("title" + value);
                    }
                }
                case BOOK_PAGES -> {
                    Book book = w.book(index);
                    if (book != null) {
                        book.setPages(value);
                    }
                }
                case EBOOK_FORMAT -> {
                    if (w.book(index) instanceof EBook ebook) {
                        ebook.setFormat("format" + value);
                    }
                }
                case TAG_NAME -> {
                    Tag tag = w.tag(index);
                    if (tag != null) {
                        tag.setName("name" + value);
                    }
                }
            }
        }
    }

    /**
     * A to-one change: gives a book a sequel, or none when it is picked as its own. (Moving a book between shelves
     * is not generated: with orphan removal, JPA leaves re-parenting to the provider.)
     */
    record SetSequel(int book, int sequel) implements Change {
        public void run(World w) {
            Book changed = w.book(book);
            Book next = w.book(sequel);
            if (changed != null && next != null) {
                changed.setSequel(next == changed ? null : next);
            }
        }
    }

    /** Removes a shelf, which cascades to its books. */
    record RemoveShelf(int shelf) implements Change {
        public void run(World w) {
            Shelf removed = w.shelf(shelf);
            if (removed == null) {
                return;
            }
            for (Book book : List.copyOf(removed.getBooks())) {
                w.detach(book);
                w.removedBy(book, removed);
            }
            w.removedBy(removed, removed);
            w.em.remove(removed);
            w.shelves.removeIf(h -> h.instance == removed);
        }
    }

    record RemoveBook(int book) implements Change {
        public void run(World w) {
            Book removed = w.book(book);
            if (removed == null) {
                return;
            }
            w.detach(removed);
            if (removed.getShelf() != null) {
                removed.getShelf().getBooks().remove(removed);
            }
            w.removedBy(removed, removed);
            w.em.remove(removed);
            w.books.removeIf(h -> h.instance == removed);
        }
    }

    /** Removes a book from its shelf's collection only: orphan removal deletes it. */
    record Orphan(int shelf) implements Change {
        public void run(World w) {
            Shelf owner = w.shelf(shelf);
            if (owner == null || owner.getBooks().isEmpty()) {
                return;
            }
            Book orphan = owner.getBooks().get(0);
            w.detach(orphan);
            owner.getBooks().remove(orphan);
            orphan.setShelf(null);
            w.removedBy(orphan, orphan);
            w.formerParents.put(orphan, owner);
            w.books.removeIf(h -> h.instance == orphan);
        }
    }

    record RemoveTag(int tag) implements Change {
        public void run(World w) {
            Tag removed = w.tag(tag);
            if (removed == null) {
                return;
            }
            for (Book book : List.copyOf(removed.getBooks())) {
                if (book.getTags() != null) {
                    book.getTags().remove(removed);
                }
            }
            w.removedBy(removed, removed);
            w.em.remove(removed);
            w.tags.removeIf(h -> h.instance == removed);
        }
    }

    /** Tags a book, both sides in step; {@code inverseFirst} changes the inverse side first. */
    record AddTag(int book, int tag, boolean inverseFirst) implements Change {
        public void run(World w) {
            Book tagged = w.book(book);
            Tag added = w.tag(tag);
            if (tagged == null || added == null) {
                return;
            }
            if (tagged.getTags() == null) {
                tagged.setTags(new LinkedHashSet<>());
            }
            if (inverseFirst) {
                added.getBooks().add(tagged);
                tagged.getTags().add(added);
            } else {
                tagged.getTags().add(added);
                added.getBooks().add(tagged);
            }
        }
    }

    record RemoveTagFromBook(int book, int tag) implements Change {
        public void run(World w) {
            Book tagged = w.book(book);
            Tag removed = w.tag(tag);
            if (tagged == null || removed == null || tagged.getTags() == null) {
                return;
            }
            tagged.getTags().remove(removed);
            removed.getBooks().remove(tagged);
        }
    }

    /** Replaces a book's tag collection by a new one (which may hold the same tags, or none). */
    record ReplaceTags(int book, List<Integer> tags) implements Change {
        public void run(World w) {
            Book tagged = w.book(book);
            if (tagged == null) {
                return;
            }
            Set<Tag> next = new LinkedHashSet<>();
            for (int index : tags) {
                Tag tag = w.tag(index);
                if (tag != null) {
                    next.add(tag);
                }
            }
            for (Tag old : World.tagsOf(tagged)) {
                old.getBooks().remove(tagged);
            }
            next.forEach(tag -> tag.getBooks().add(tagged));
            tagged.setTags(next);
        }
    }

    /**
     * Replaces a book's tags without reading the old collection (so the provider may never have loaded it); the
     * old tags' inverse sides are left as they are, which JPA does not write.
     */
    record ReplaceTagsUnread(int book, int tag) implements Change {
        public void run(World w) {
            Book tagged = w.book(book);
            Tag next = w.tag(tag);
            if (tagged == null || next == null) {
                return;
            }
            next.getBooks().add(tagged);
            tagged.setTags(new LinkedHashSet<>(Set.of(next)));
        }
    }

    record ClearTags(int book) implements Change {
        public void run(World w) {
            Book tagged = w.book(book);
            if (tagged == null || tagged.getTags() == null) {
                return;
            }
            for (Tag old : World.tagsOf(tagged)) {
                old.getBooks().remove(tagged);
            }
            tagged.getTags().clear();
        }
    }

    record NullTags(int book) implements Change {
        public void run(World w) {
            Book tagged = w.book(book);
            if (tagged == null) {
                return;
            }
            for (Tag old : World.tagsOf(tagged)) {
                old.getBooks().remove(tagged);
            }
            tagged.setTags(null);
        }
    }

    /** The self many-to-many: relates a book to another, or unrelates them when they are. */
    record ToggleRelated(int book, int other) implements Change {
        public void run(World w) {
            Book from = w.book(book);
            Book to = w.book(other);
            if (from == null || to == null || from == to) {
                return;
            }
            if (from.getRelated() == null) {
                from.setRelated(new LinkedHashSet<>());
            }
            if (!from.getRelated().remove(to)) {
                from.getRelated().add(to);
            }
        }
    }

    /** Merges a copy of a book read (and detached) by another entity manager, with a changed title. */
    record MergeDetached(int book, int value) implements Change {
        public void run(World w) {
            Book book = w.book(this.book);
            if (book == null || book.getId() == null) {
                return;
            }
            EntityManager other = w.factory.createEntityManager();
            Book copy;
            try {
                copy = other.find(Book.class, book.getId());
            } finally {
                other.close();
            }
            if (copy != null) {
                copy.setTitle("merged" + value);
                w.em.merge(copy);
            }
        }
    }

    /**
     * refresh() throws away what is not flushed, and Hibernate then fails the commit on a removed new tag the
     * discarded state still reached (without the library too): there the application flushes first ({@link ModelCheck}
     * flushes and reads the tables before it runs this on Hibernate).
     */
    record Refresh(int book) implements Change {
        public void run(World w) {
            Book book = w.book(this.book);
            if (book != null && book.getId() != null && !w.removed().contains(book)) {
                w.em.refresh(book);
            }
        }
    }

    record FindBypassingCache(int book) implements Change {
        public void run(World w) {
            w.bypassingTheCache(book);
        }
    }

    record EvictSharedCache() implements Change {
        public void run(World w) {
            w.factory.getCache().evictAll();
        }
    }
}
