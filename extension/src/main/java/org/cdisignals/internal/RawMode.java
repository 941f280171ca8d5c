package org.cdisignals.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/** The per-thread switch behind {@code Signals.raw(...)}: saves made while it is on carry {@code raw=true}. */
public final class RawMode {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    // Threads inside raw(...) right now: while none is, every save skips the thread-local lookup.
    private static final AtomicInteger THREADS = new AtomicInteger();

    private RawMode() {
    }

    /** Whether the current thread runs inside {@code Signals.raw(...)}. */
    public static boolean active() {
        return THREADS.get() != 0 && DEPTH.get()[0] > 0;
    }

    /** Runs {@code work} with raw mode on for this thread, restoring the previous state afterwards. */
    public static <V> V call(Callable<V> work) throws Exception {
        int[] depth = DEPTH.get();
        if (depth[0]++ == 0) {
            THREADS.incrementAndGet();
        }
        try {
            return work.call();
        } finally {
            if (--depth[0] == 0) {
                THREADS.decrementAndGet();
            }
        }
    }
}
