package org.cdisignals.modelcheck;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The sequences of operations the check generates: small indexes, so that operations meet the same entities. */
final class Sequences {

    private Sequences() {
    }

    @SuppressWarnings("unchecked")
    static Arbitrary<List<Op>> operations() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 4);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        Arbitrary<Integer> value = Arbitraries.integers().between(0, 3);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                Tuple.of(8, Combinators.combine(Arbitraries.integers().between(0, 2), flag).as(Op.PersistShelf::new)),
                Tuple.of(2, Arbitraries.just(new Op.MergeNewShelf())),
                Tuple.of(6, Combinators.combine(pick, flag, pick, flag).as(Op.PersistBook::new)),
                Tuple.of(4, Arbitraries.just(new Op.PersistTag())),
                Tuple.of(8, Combinators.combine(Arbitraries.of(Op.Attribute.class), pick, value).as(Op.Rename::new)),
                Tuple.of(4, Combinators.combine(pick, pick).as(Op.SetSequel::new)),
                Tuple.of(3, pick.map(Op.RemoveShelf::new)),
                Tuple.of(3, pick.map(Op.RemoveBook::new)),
                Tuple.of(3, pick.map(Op.Orphan::new)),
                Tuple.of(2, pick.map(Op.RemoveTag::new)),
                Tuple.of(8, Combinators.combine(pick, pick, flag).as(Op.AddTag::new)),
                Tuple.of(4, Combinators.combine(pick, pick).as(Op.RemoveTagFromBook::new)),
                Tuple.of(3, Combinators.combine(pick, pick.list().ofMaxSize(3)).as(Op.ReplaceTags::new)),
                Tuple.of(2, Combinators.combine(pick, pick).as(Op.ReplaceTagsUnread::new)),
                Tuple.of(2, pick.map(Op.ClearTags::new)),
                Tuple.of(2, pick.map(Op.NullTags::new)),
                Tuple.of(4, Combinators.combine(pick, pick).as(Op.ToggleRelated::new)),
                Tuple.of(3, Combinators.combine(pick, value).as(Op.MergeDetached::new)),
                Tuple.of(2, pick.map(Op.Refresh::new)),
                Tuple.of(2, pick.map(Op.FindBypassingCache::new)),
                Tuple.of(1, Arbitraries.just(new Op.EvictSharedCache())),
                Tuple.of(7, Arbitraries.just(new Op.Flush())),
                Tuple.of(5, Arbitraries.just(new Op.Commit())),
                Tuple.of(2, Arbitraries.just(new Op.Rollback())),
                Tuple.of(2, Arbitraries.just(new Op.Clear())),
                Tuple.of(1, Arbitraries.just(new Op.VetoAtPersist())),
                Tuple.of(1, pick.map(Op.VetoAtFlush::new)));
        return op.list().ofMinSize(1).ofMaxSize(24);
    }
}
