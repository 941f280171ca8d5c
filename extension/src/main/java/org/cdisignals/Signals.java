package org.cdisignals;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;

/**
 * Sends signals from application code, Django's {@code Signal.send} family, for custom signals and tools.
 *
 * <p>A signal is any object; it is fired qualified {@code @Sender(sender)} when a sender is given, and as the
 * parameterized type {@code E<Sender>} when its class is generic in one type parameter, exactly as the library's own
 * emitters fire. The extension registers an application-scoped bean of this type; inject it anywhere. Every method
 * throws {@link IllegalStateException} ({@code CDISIG-003}) when called before the container has started or after it
 * has shut down.
 */
public interface Signals {

    /**
     * Notifies the synchronous observers of {@code event} from {@code sender} (null: no sender) in the caller's
     * thread and transaction; the first exception stops the dispatch and is thrown here.
     */
    void send(Class<?> sender, Object event);

    /**
     * Notifies every synchronous observer of {@code event}, each even when an earlier one failed, and returns one
     * result per observer in notification order. Failures are logged, not thrown. Transaction phases are not
     * honoured here: every observer runs at once.
     */
    List<SignalResult> sendRobust(Class<?> sender, Object event);

    /** Notifies the {@code @ObservesAsync} observers of {@code event}; the stage completes when all have run. */
    <E> CompletionStage<E> sendAsync(Class<?> sender, E event);

    /** Whether any observer, synchronous or asynchronous, can receive {@code eventType} from {@code sender}. */
    boolean hasObservers(Class<?> eventType, Class<?> sender);

    /**
     * Runs {@code work} so that the saves it makes (and flushes) carry {@code raw=true}, Django's fixture-loading
     * mode: receivers should not touch other records. Saves flushed after {@code work} returns are not raw.
     */
    void raw(Runnable work);

    /** As {@link #raw(Runnable)}, returning what {@code work} returns; its checked exception is thrown as is. */
    <V> V raw(Callable<V> work) throws Exception;
}
