package org.cdisignals.hibernate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.cdisignals.model.M2MChanged;
import org.cdisignals.spi.ModelEmitter;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The signals sent after SQL: raised while Hibernate runs an operation's SQL (a flush, or a {@code persist()} or
 * {@code merge()} that inserts at once), where a JPA callback may not use the session, they wait until that
 * operation returns, then go out in the order they were raised. What their observers wrote is flushed in the same
 * flush, round after round, until they write nothing more ({@code CDISIG-040} after {@link #ROUNDS} rounds). An
 * operation that fails takes its waiting signals, and what its collection changes held, with it: nothing it did not
 * complete is announced, and nothing survives into a later one on the same thread.
 */
final class Deliveries {

    /** Rounds of observer writes one flush settles before it gives up. */
    static final int ROUNDS = 16;

    /** What one outermost operation holds until it has run. */
    static final class Scope {
        private final List<Runnable> waiting = new ArrayList<>();
        /** A collection action's {@code POST_*} events, from its pre event to its post event. */
        private final Map<Object, List<M2MChanged<?>>> collectionPosts = new IdentityHashMap<>();
        /** A replaced collection's old contents, from its removal to its successor's recreation. */
        final Map<Object, Collection<?>> replaced = new HashMap<>();

        void collectionAnnounced(Object collection, List<M2MChanged<?>> posts) {
            collectionPosts.put(collection, posts);
        }

        void collectionWritten(Object collection) {
            List<M2MChanged<?>> posts = collectionPosts.remove(collection);
            if (posts != null) {
                posts.forEach(post -> waiting.add(() -> ModelEmitter.m2mChanged(post)));
            }
        }
    }

    private final String using;
    private final ThreadLocal<Scope> current = new ThreadLocal<>();
    private final ThreadLocal<Integer> rounds = new ThreadLocal<>();

    Deliveries(String using) {
        this.using = using;
    }

    /** The scope of the operation running on this thread, or null outside any. */
    Scope scope() {
        return current.get();
    }

    /** Sends now outside an operation, else when the outermost one has run. */
    void deliver(Runnable send) {
        Scope scope = current.get();
        if (scope == null) {
            send.run();
        } else {
            scope.waiting.add(send);
        }
    }

    /**
     * Runs one Hibernate operation; when it is the outermost, sends what it raised once it has returned, and, for
     * a flush, flushes what the observers wrote.
     */
    void around(SharedSessionContractImplementor session, boolean flush, Runnable operation) {
        if (current.get() != null) {
            operation.run();
            return;
        }
        Scope scope = new Scope();
        current.set(scope);
        try {
            operation.run();
        } finally {
            current.remove();
        }
        if (scope.waiting.isEmpty()) {
            return;
        }
        scope.waiting.forEach(Runnable::run);
        if (flush && session.isOpen() && session.isTransactionInProgress()) {
            flushObserverWrites(session);
        }
    }

    private void flushObserverWrites(SharedSessionContractImplementor session) {
        Integer round = rounds.get();
        int next = round == null ? 1 : round + 1;
        if (next > ROUNDS) {
            throw ModelEmitter.observersKeptWriting(using, ROUNDS);
        }
        rounds.set(next);
        try {
            session.flush();
        } finally {
            if (round == null) {
                rounds.remove();
            } else {
                rounds.set(round);
            }
        }
    }
}
