package org.cdisignals.modelcheck;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.cdisignals.model.PreSave;
import org.cdisignals.modelcheck.domain.Shelf;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.Providers;

/**
 * Runs one sequence of operations in transactions of one entity manager, reading the tables at every flush, commit,
 * rollback and clear, and holds the signals of each interval against them ({@link Check}). Fails with every
 * violation found, the sequence, and the signals.
 */
final class ModelCheck {

    private final Fixture fixture;
    private final Journal journal;
    private final World world;
    private final Check check;
    private Tables.Snapshot transactionStart;
    private Tables.Snapshot last;

    ModelCheck(Fixture fixture, boolean preObserved) {
        this.fixture = fixture;
        this.journal = fixture.bean(Journal.class);
        this.world = new World(fixture.factory(), journal);
        this.check = new Check(preObserved);
    }

    /** Runs {@code ops} from empty tables and an empty shared cache, then commits. */
    void run(List<Op> ops) {
        EntityManager cleaner = fixture.factory().createEntityManager();
        try {
            Tables.empty(cleaner);
        } finally {
            cleaner.close();
        }
        fixture.factory().getCache().evictAll();
        journal.drain();
        begin();
        try {
            for (Op op : ops) {
                execute(op);
                if (!check.violations().isEmpty()) {
                    fail("after " + op);
                }
            }
            execute(new Op.Commit());
            if (!check.violations().isEmpty()) {
                fail("at the final commit");
            }
        } finally {
            world.end();
        }
    }

    private void execute(Op op) {
        if (op instanceof Op.Refresh refresh && Providers.isHibernate()) {
            world.em.flush();
            checkpoint();
            refresh.run(world);
        } else if (op instanceof Op.Change change) {
            change.run(world);
        } else if (op instanceof Op.Flush) {
            world.em.flush();
            checkpoint();
        } else if (op instanceof Op.Commit) {
            world.em.getTransaction().commit();
            check.interval(last, committed(), journal.drain(), world.origins, world.formerParents);
            check.transactionEnded(true);
            world.end();
            begin();
        } else if (op instanceof Op.Rollback) {
            checkpoint();
            rollBack("a rollback");
        } else if (op instanceof Op.Clear) {
            checkpoint();
            world.em.clear();
            check.nothingWritten("clear()", journal.drain());
            world.rebuild(last);
        } else if (op instanceof Op.VetoAtPersist) {
            checkpoint();
            expectVeto(() -> world.em.persist(new Shelf(world.nextShelfId(), Writers.VETOED)));
            check.nothingWritten("a vetoed persist()",
                    journal.drain().stream().filter(e -> !(e instanceof PreSave<?>)).toList());
            rollBack("a rollback after a veto");
        } else if (op instanceof Op.VetoAtFlush veto) {
            Shelf shelf = world.shelf(veto.shelf());
            checkpoint();
            // Only an UPDATE asks PreSave at the flush; a shelf not yet inserted was asked at persist().
            if (shelf != null && last.of(Tables.SHELF).containsKey(String.valueOf(shelf.getId()))) {
                shelf.setLabel(Writers.VETOED);
                expectVeto(() -> world.em.flush());
                check.failedFlush(journal.drain());
                rollBack("a rollback after a vetoed flush");
            }
        }
    }

    private void begin() {
        world.begin();
        transactionStart = committed();
        last = transactionStart;
        world.rebuild(last);
        world.origins.clear();
        world.formerParents.clear();
    }

    /** Reads the tables in the transaction and checks the interval since the last reading. */
    private void checkpoint() {
        Tables.Snapshot now = Tables.inTransaction(world.em);
        check.interval(last, now, journal.drain(), world.origins, world.formerParents);
        // The removal roots stay known until the transaction ends: a removal's DELETE may come at a later flush.
        last = now;
    }

    private void rollBack(String moment) {
        world.em.getTransaction().rollback();
        check.nothingWritten(moment, journal.drain());
        check.same(moment, transactionStart, committed());
        check.transactionEnded(false);
        world.end();
        begin();
    }

    private Tables.Snapshot committed() {
        EntityManager reader = fixture.factory().createEntityManager();
        try {
            reader.getTransaction().begin();
            return Tables.inTransaction(reader);
        } finally {
            reader.getTransaction().rollback();
            reader.close();
        }
    }

    private void expectVeto(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof Writers.Vetoed) {
                    return;
                }
            }
            throw e;
        }
        check.violations().add("the observer's veto did not stop the operation");
    }

    private void fail(String where) {
        throw new AssertionError(where + ":\n  " + String.join("\n  ", check.violations()));
    }
}
