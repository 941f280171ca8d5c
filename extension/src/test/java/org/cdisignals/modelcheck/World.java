package org.cdisignals.modelcheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.cdisignals.modelcheck.domain.Book;
import org.cdisignals.modelcheck.domain.Shelf;
import org.cdisignals.modelcheck.domain.Tag;

/**
 * The application the operations act on: one entity manager and its transaction, and handles on the entities it
 * may use. Handles are ids (or, before the database assigns one, instances); an operation on a handle that no longer
 * resolves does nothing, so that any sequence, and any shrunk one, can run.
 */
final class World {

    private static final AtomicLong SHELF_IDS = new AtomicLong();

    /** An entity the operations may pick. */
    static final class Handle {
        final Class<?> type;
        Object id;
        Object instance;

        Handle(Class<?> type, Object id, Object instance) {
            this.type = type;
            this.id = id;
            this.instance = instance;
        }
    }

    final EntityManagerFactory factory;
    final Journal journal;
    EntityManager em;
    final List<Handle> shelves = new ArrayList<>();
    final List<Handle> books = new ArrayList<>();
    final List<Handle> tags = new ArrayList<>();
    /** For every entity a removal the application asked for reaches, the entity it removed. */
    final Map<Object, Object> origins = new IdentityHashMap<>();
    /** For every orphan, the shelf it left. */
    final Map<Object, Object> formerParents = new IdentityHashMap<>();

    World(EntityManagerFactory factory, Journal journal) {
        this.factory = factory;
        this.journal = journal;
    }

    long nextShelfId() {
        return SHELF_IDS.incrementAndGet();
    }

    void begin() {
        em = factory.createEntityManager();
        journal.use(em);
        em.getTransaction().begin();
    }

    void end() {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
        em = null;
        journal.use(null);
    }

    /** Forgets every handle and takes the entities present in {@code snapshot} as the ones that may be picked. */
    void rebuild(Tables.Snapshot snapshot) {
        shelves.clear();
        books.clear();
        tags.clear();
        snapshot.of(Tables.SHELF).keySet().forEach(id -> shelves.add(new Handle(Shelf.class, Long.valueOf(id), null)));
        snapshot.of(Tables.BOOK).keySet().forEach(id -> books.add(new Handle(Book.class, Long.valueOf(id), null)));
        snapshot.of(Tables.TAG).keySet().forEach(id -> tags.add(new Handle(Tag.class, Long.valueOf(id), null)));
    }

    Shelf shelf(int index) {
        return (Shelf) resolve(shelves, index);
    }

    Book book(int index) {
        return (Book) resolve(books, index);
    }

    Tag tag(int index) {
        return (Tag) resolve(tags, index);
    }

    /** The managed instance of the picked handle, found again after a clear, or null when it is gone. */
    private Object resolve(List<Handle> handles, int index) {
        if (handles.isEmpty()) {
            return null;
        }
        Handle handle = handles.get(Math.floorMod(index, handles.size()));
        if (handle.instance != null && em.contains(handle.instance)) {
            return handle.instance;
        }
        if (handle.instance != null && handle.id == null) {
            handle.id = Ids.of(handle.instance);
        }
        handle.instance = handle.id == null ? null : em.find(handle.type, handle.id);
        return handle.instance;
    }

    Book bypassingTheCache(int index) {
        Book book = book(index);
        return book == null || book.getId() == null ? null : em.find(Book.class, book.getId(),
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
    }

    void added(List<Handle> handles, Object instance) {
        handles.add(new Handle(instance.getClass(), Ids.of(instance), instance));
    }

    /**
     * Everything the application must do before removing a book, so that no foreign key still names it. Its own
     * collections are emptied too: EclipseLink deletes a removed owner's join rows before it inserts those added in
     * the same flush, and then fails on the foreign key.
     */
    void detach(Book book) {
        for (Tag tag : tagsOf(book)) {
            tag.getBooks().remove(book);
        }
        // An inverse side left stale (ReplaceTagsUnread) would hand the removed book back to EclipseLink's flush,
        // which fails on it as a new object it cannot persist: every tag in memory forgets it.
        for (Handle handle : tags) {
            if (handle.instance instanceof Tag tag) {
                tag.getBooks().remove(book);
            }
        }
        if (book.getTags() != null) {
            book.getTags().clear();
        }
        if (book.getRelated() != null) {
            book.getRelated().clear();
        }
        for (int i = 0; i < books.size(); i++) {
            Book other = book(i);
            if (other != null && other != book && other.getRelated() != null) {
                other.getRelated().remove(book);
            }
            if (other != null && other.getSequel() == book) {
                other.setSequel(null);
            }
        }
    }

    static Set<Tag> tagsOf(Book book) {
        return book.getTags() == null ? Set.of() : new LinkedHashSet<>(book.getTags());
    }

    void removedBy(Object entity, Object root) {
        origins.put(entity, root);
    }

    Set<Object> removed() {
        Set<Object> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        removed.addAll(origins.keySet());
        return removed;
    }
}
