package org.cdisignals.modelcheck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.cdisignals.modelcheck.Op.Attribute;
import org.cdisignals.support.Fixture;
import org.cdisignals.support.Providers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sequences the model check shrank its failures to, each kept as a plain test on both providers (the comment
 * says which provider failed, and how, before the fix). Each runs through {@link ModelCheck}, so it is held against
 * the tables by every rule, not only the one it once broke.
 */
class ModelCheckRegressionTest {

    private Fixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** EclipseLink dropped the audit row silently; Hibernate failed the flush. */
    @Test
    void aPostSaveObserverThatPersistsThroughTheApplicationsEntityManagerCommitsItsRowWithTheCause() {
        run(false, new Op.PersistShelf(0, true));
    }

    /**
     * Found by the model check on PostgreSQL: EclipseLink inserts one of two new books that refer to each other
     * without its reference, then updates it, and raised postInsert for both statements.
     */
    @Test
    void twoNewBooksThatAreEachOthersSequelAreEachSavedOnce() {
        run(false, new Op.PersistShelf(2, true), new Op.SetSequel(0, 1), new Op.SetSequel(1, 0));
    }

    /**
     * Found by the model check on MariaDB with Hibernate, which refuses this commit by itself (without the library)
     * unless the application flushes before refreshing: the model's application now does.
     */
    @Test
    void refreshingABookWhoseNewTagWasRemovedCommits() {
        run(false, new Op.PersistShelf(0, true), new Op.PersistBook(0, true, 0, true), new Op.PersistShelf(0, true),
                new Op.ReplaceTags(0, java.util.List.of()), new Op.RemoveTag(0), new Op.Refresh(0));
    }

    /**
     * Found by the model check on EclipseLink 5: a removed new book still in the inverse side of a tag that
     * ReplaceTagsUnread left stale failed the flush in EclipseLink itself; the application now detaches it there too.
     */
    @Test
    void removingABookStillNamedByAStaleInverseSideFlushes() {
        run(true, new Op.PersistShelf(0, true), new Op.PersistBook(0, true, 0, true),
                new Op.PersistBook(0, true, 0, true), new Op.ReplaceTagsUnread(1, 0), new Op.RemoveShelf(0),
                new Op.Flush());
    }

    /** The same through an explicit flush, then a later change: the observer's row is written by that flush. */
    @Test
    void whatAnObserverWritesDuringAnExplicitFlushIsWrittenByThatFlush() {
        assumeTrue(Providers.flushEvents(), Providers.NO_FLUSH_EVENTS);
        run(true, new Op.PersistShelf(1, false), new Op.Flush(), new Op.Rename(Attribute.BOOK_TITLE, 0, 1),
                new Op.Flush());
    }

    /** EclipseLink's POST_ADD named no element: the tag's IDENTITY id was assigned by the flush's own INSERT. */
    @Test
    void postAddNamesTheIdOfAnElementInsertedInTheSameFlush() {
        run(true, new Op.PersistShelf(0, true), new Op.PersistBook(0, true, 0, true));
    }

    /** Both providers sent the EBook as sender of the tags Book declares. */
    @Test
    void anInheritedAssociationIsSentByTheClassThatDeclaresIt() {
        run(false, new Op.PersistTag(), new Op.PersistShelf(1, true), new Op.Commit(), new Op.AddTag(0, 0, false),
                new Op.ToggleRelated(0, 0));
    }

    /** Hibernate sent no PreInit at all; EclipseLink none before the PostInit of a refresh. */
    @Test
    void aRefreshSendsPreInitThenPostInit() {
        run(true, new Op.PersistShelf(1, true), new Op.Refresh(0), new Op.Commit(), new Op.Refresh(0));
    }

    /** EclipseLink sent a PreInit for the managed copy of a new entity a merge registers, and no PostInit. */
    @Test
    void mergingANewEntityWithAnAssignedIdSendsNoInitSignal() {
        run(true, new Op.MergeNewShelf());
    }

    /** EclipseLink sent no PreInit for rows read with the shared cache bypassed or after a clear. */
    @Test
    void everyLoadAfterAClearOrBypassingTheCacheSendsPreInitThenPostInit() {
        assumeTrue(Providers.flushEvents(), Providers.NO_FLUSH_EVENTS);
        run(true, new Op.PersistShelf(2, true), new Op.Flush(), new Op.Clear(), new Op.FindBypassingCache(1),
                new Op.EvictSharedCache(), new Op.Commit(), new Op.FindBypassingCache(0));
    }

    /** EclipseLink named the version among the attributes an update wrote; Hibernate does not. */
    @Test
    void updateFieldsNameTheChangedAttributesAndNotTheVersion() {
        assumeTrue(Providers.flushEvents(), Providers.NO_FLUSH_EVENTS);
        run(true, new Op.PersistShelf(0, true), new Op.Flush(), new Op.Rename(Attribute.SHELF_LABEL, 0, 0));
    }

    /** With only PostDelete observed, Hibernate reported every cascaded book as its own origin. */
    @Test
    void cascadedRemovalsCarryTheRootWhenOnlyPostDeleteIsObserved() {
        run(false, new Op.PersistShelf(2, false), new Op.Commit(), new Op.RemoveShelf(0));
    }

    /** Hibernate reported no removal when a collection it had never read was replaced. */
    @Test
    void replacingACollectionNeverReadReportsTheRemovedElements() {
        run(false, new Op.PersistTag(), new Op.PersistTag(), new Op.PersistShelf(1, false), new Op.Commit(),
                new Op.AddTag(0, 0, false), new Op.Commit(), new Op.ReplaceTagsUnread(0, 1), new Op.Commit(),
                new Op.ReplaceTags(0, List.of()));
    }

    /** An orphan of a shelf the application then removes (Hibernate reports that shelf: see {@link Limits}). */
    @Test
    void anOrphanWhoseShelfIsThenRemovedIsDeletedOnce() {
        run(true, new Op.PersistShelf(1, true), new Op.PersistShelf(0, true), new Op.Orphan(0),
                new Op.RemoveShelf(0));
    }

    /** A veto at the flush leaves nothing behind for the next transaction on the same thread. */
    @Test
    void aVetoedFlushSendsNoPostSignalAndLeavesNoneForTheNextTransaction() {
        run(false, new Op.PersistTag(), new Op.PersistShelf(1, false), new Op.Commit(), new Op.AddTag(0, 0, true),
                new Op.VetoAtFlush(0), new Op.PersistShelf(0, false), new Op.AddTag(0, 0, false));
    }

    private void run(boolean preObserved, Op... ops) {
        fixture = preObserved
                ? Fixture.start("modelcheck", ModelCheckPropertiesTest.properties(), Journal.class, Recorder.class,
                        PreRecorder.class, Writers.class)
                : Fixture.start("modelcheck", ModelCheckPropertiesTest.properties(), Journal.class, Recorder.class,
                        Writers.class);
        new ModelCheck(fixture, preObserved).run(List.of(ops));
    }
}
