package org.cdisignals.modelcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.cdisignals.model.M2MChanged;
import org.cdisignals.model.PostDelete;
import org.cdisignals.model.PostSave;
import org.cdisignals.model.PreSave;
import org.cdisignals.modelcheck.domain.AuditRow;
import org.cdisignals.modelcheck.domain.Shelf;
import org.cdisignals.modelcheck.domain.Tag;

/**
 * Observers that write through the application's entity manager (Django's post_save creating a profile) and one that
 * vetoes: each write names its cause, so the check can find it in the table exactly once.
 */
@ApplicationScoped
public class Writers {

    /** The label a {@code PreSave} observer refuses. */
    static final String VETOED = "veto";

    @Inject
    Journal journal;

    void shelfSaved(@Observes PostSave<Shelf> e) {
        if (e.created()) {
            journal.entityManager().persist(new AuditRow(savedShelf(e.instance().getId())));
        }
    }

    void shelfDeleted(@Observes PostDelete<Shelf> e) {
        journal.entityManager().persist(new AuditRow(deletedShelf(e.instance().getId())));
    }

    void tagAdded(@Observes M2MChanged<?> e) {
        if (e.action() == M2MChanged.Action.POST_ADD && e.reverse() && e.instance() instanceof Tag tag) {
            journal.entityManager().persist(new AuditRow(taggedAudit(tag.getId(), e.pkSet().size())));
        }
    }

    void veto(@Observes PreSave<Shelf> e) {
        if (VETOED.equals(e.instance().getLabel())) {
            throw new Vetoed(e.instance().getId());
        }
    }

    static String savedShelf(Object id) {
        return "saved shelf " + id;
    }

    static String deletedShelf(Object id) {
        return "deleted shelf " + id;
    }

    static String taggedAudit(Object tagId, int books) {
        return "tag " + tagId + " got " + books;
    }

    /** The veto's exception, recognisable through whatever the provider wraps it in. */
    static final class Vetoed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Vetoed(Object id) {
            super("shelf " + id + " vetoed");
        }
    }
}
