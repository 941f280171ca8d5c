package org.cdisignals.cdi;

import java.util.concurrent.Callable;

/** The per-thread switch behind {@code Signals.raw(...)}: saves made while it is on carry {@code raw=true}. */
public final class RawMode {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private RawMode() {
    }

    /** Whether the current thread runs inside {@code Signals.raw(...)}. */
    public static boolean active() {
        return DEPTH.get()[0] > 0;
    }

    /** Runs {@code work} with raw mode on for this thread, restoring the previous state afterwards. */
    public static <V> V call(Callable<V> work) throws Exception {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            return work.call();
        } finally {
            depth[0]--;
        }
    }
}
