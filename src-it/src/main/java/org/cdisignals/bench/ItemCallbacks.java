package org.cdisignals.bench;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PrePersist;

/**
 * The hand-written JPA alternative to {@link SaveCounter}: the same work in plain entity callbacks, attached to
 * {@link Item} by {@code META-INF/bench-callback-orm.xml} as {@code @EntityListeners} would.
 */
public class ItemCallbacks {

    // Static: the provider, not the benchmark, creates the listener instance.
    private static long prePersists;
    private static long postPersists;

    @PrePersist
    void prePersist(Object entity) {
        prePersists++;
    }

    @PostPersist
    void postPersist(Object entity) {
        postPersists++;
    }

    public static long prePersists() {
        return prePersists;
    }

    public static long postPersists() {
        return postPersists;
    }
}
