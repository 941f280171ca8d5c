package org.cdisignals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The walk to an observer's veto: the wrappings the servers produce, then chains generated from fixed seeds (random
 * nesting of causes and suppressed exceptions, cycles included) checked against a model of the same graph.
 */
class VetoesTest {

    static class Veto extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Veto(String message) {
            super(message);
        }
    }

    /** A checked wrapper such as a transaction manager's {@code RollbackException}. */
    static class Rollback extends Exception {
        private static final long serialVersionUID = 1L;

        Rollback(String message) {
            super(message);
        }
    }

    @Test
    void aVetoThatIsTheFailureItselfIsFound() {
        Veto veto = new Veto("no");

        assertSame(veto, Vetoes.find(veto, Veto.class).orElseThrow());
    }

    @Test
    void aVetoWrappedAsACauseIsFound() {
        Veto veto = new Veto("no");
        RuntimeException failure = new RuntimeException("transactional", new IllegalStateException("flush", veto));

        assertSame(veto, Vetoes.find(failure, Veto.class).orElseThrow());
    }

    @Test
    void aVetoSuppressedOntoARollbackAtCommitIsFound() {
        Veto veto = new Veto("no");
        Rollback rollback = new Rollback("commit failed");
        rollback.addSuppressed(veto);

        assertSame(veto, Vetoes.find(rollback, Veto.class).orElseThrow());
    }

    @Test
    void theNearestVetoWins() {
        Veto near = new Veto("near");
        Veto far = new Veto("far");
        RuntimeException failure = new RuntimeException("outer", new RuntimeException("middle", far));
        failure.addSuppressed(near);

        assertSame(near, Vetoes.find(failure, Veto.class).orElseThrow());
    }

    @Test
    void aChainThatRefersBackToItselfEndsEmpty() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        second.addSuppressed(first);

        assertEquals(Optional.empty(), Vetoes.find(first, Veto.class));
    }

    @Test
    void noFailureHasNoVeto() {
        assertEquals(Optional.empty(), Vetoes.find(null, Veto.class));
    }

    /** One generated graph: its throwables, and for each the indexes of its cause (or -1) and suppressed ones. */
    record Graph(long seed, List<Throwable> nodes, int[] causes, List<List<Integer>> suppressed) {

        static Graph generate(long seed) {
            Random random = new Random(seed);
            int size = 1 + random.nextInt(12);
            List<Throwable> nodes = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                nodes.add(random.nextInt(4) == 0 ? new Veto("veto " + i) : random.nextBoolean()
                        ? new RuntimeException("wrapper " + i) : new Rollback("rollback " + i));
            }
            int[] causes = new int[size];
            List<List<Integer>> suppressed = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                // Any other node, earlier or later, so that cycles of every length come up.
                int cause = random.nextInt(3) == 0 ? -1 : random.nextInt(size);
                causes[i] = cause == i ? -1 : cause;
                if (causes[i] >= 0) {
                    nodes.get(i).initCause(nodes.get(causes[i]));
                }
                List<Integer> mine = new ArrayList<>();
                for (int n = random.nextInt(3); n > 0; n--) {
                    int other = random.nextInt(size);
                    if (other != i) {
                        nodes.get(i).addSuppressed(nodes.get(other));
                        mine.add(other);
                    }
                }
                suppressed.add(mine);
            }
            return new Graph(seed, nodes, causes, suppressed);
        }

        /** The model: breadth-first over the indexes, cause before suppressed, each node once. */
        Optional<Throwable> nearestVeto() {
            boolean[] seen = new boolean[nodes.size()];
            Queue<Integer> pending = new ArrayDeque<>(List.of(0));
            while (!pending.isEmpty()) {
                int next = pending.remove();
                if (seen[next]) {
                    continue;
                }
                seen[next] = true;
                if (nodes.get(next) instanceof Veto) {
                    return Optional.of(nodes.get(next));
                }
                if (causes[next] >= 0) {
                    pending.add(causes[next]);
                }
                pending.addAll(suppressed.get(next));
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Graph> graphs() {
        return IntStream.range(0, 500).mapToObj(seed -> Graph.generate(seed));
    }

    @ParameterizedTest
    @MethodSource("graphs")
    void aGeneratedChainYieldsExactlyTheNearestReachableVeto(Graph graph) {
        Optional<Veto> found = Vetoes.find(graph.nodes().get(0), Veto.class);

        assertEquals(graph.nearestVeto(), found.map(Throwable.class::cast), graph::toString);
        found.ifPresent(veto -> assertTrue(graph.nodes().contains(veto)));
    }
}
