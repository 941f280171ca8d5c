package org.cdisignals.modelcheck;

import org.cdisignals.modelcheck.domain.AuditRow;
import org.cdisignals.modelcheck.domain.Book;
import org.cdisignals.modelcheck.domain.Shelf;
import org.cdisignals.modelcheck.domain.Tag;

/** The id of a domain entity, and the table that holds its root row. */
final class Ids {

    private Ids() {
    }

    static Object of(Object entity) {
        if (entity instanceof Shelf shelf) {
            return shelf.getId();
        }
        if (entity instanceof Book book) {
            return book.getId();
        }
        if (entity instanceof Tag tag) {
            return tag.getId();
        }
        if (entity instanceof AuditRow audit) {
            return audit.getId();
        }
        throw new IllegalArgumentException("not a model-check entity: " + entity);
    }

    static Tables.Table rootTable(Object entity) {
        if (entity instanceof Shelf) {
            return Tables.SHELF;
        }
        if (entity instanceof Book) {
            return Tables.BOOK;
        }
        if (entity instanceof Tag) {
            return Tables.TAG;
        }
        return Tables.AUDIT;
    }

    /** The row key of {@code entity}: its root table and id. */
    static String key(Object entity) {
        return rootTable(entity).name() + "#" + of(entity);
    }
}
