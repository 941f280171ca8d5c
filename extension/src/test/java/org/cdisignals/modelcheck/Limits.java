package org.cdisignals.modelcheck;

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

    /** An inherited association's signals carry the declaring class as sender. */
    static boolean senderIsDeclaringClass() {
        return true;
    }
}
