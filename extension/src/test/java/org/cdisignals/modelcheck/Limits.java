package org.cdisignals.modelcheck;

import org.cdisignals.support.Providers;

/**
 * The rules a provider cannot (yet) meet, by provider; each is stated in docs/signals.md's table. A rule that is
 * met everywhere has no entry here.
 */
final class Limits {

    private Limits() {
    }

    /** Every {@code PostInit} has exactly one {@code PreInit} before it, and no {@code PreInit} is left over. */
    static boolean initPairs() {
        return true;
    }

    /**
     * An orphan is its own origin also when the application then removes the parent it left, in the same flush.
     * Hibernate deletes such an orphan inside the parent's removal cascade (its collection snapshot still holds it),
     * so it reports the parent as origin.
     */
    static boolean orphanIsItsOwnOriginWhenItsParentIsRemoved() {
        return !Providers.isHibernate();
    }

    /** An inherited association's signals carry the declaring class as sender. */
    static boolean senderIsDeclaringClass() {
        return true;
    }
}
