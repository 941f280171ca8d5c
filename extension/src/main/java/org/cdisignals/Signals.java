package org.cdisignals;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.cdisignals.cdi.Dispatcher;
import org.cdisignals.cdi.Messages;
import org.cdisignals.cdi.RawMode;
import org.cdisignals.cdi.SignalsRuntime;
import org.cdisignals.cdi.Target;

/**
 * Sends signals from application code, Django's {@code Signal.send} family, for custom signals and tools.
 *
 * <p>A signal is any object; it is fired qualified {@code @Sender(sender)} when a sender is given, and as the
 * parameterized type {@code E<Sender>} when its class is generic in one type parameter, exactly as the library's own
 * emitters fire. The extension registers this bean itself; inject it anywhere.
 */
@ApplicationScoped
public class Signals {

    /**
     * Notifies the synchronous observers of {@code event} from {@code sender} (null: no sender) in the caller's
     * thread and transaction; the first exception stops the dispatch and is thrown here.
     */
    public void send(Class<?> sender, Object event) {
        Target target = target(sender, event);
        if (target.observed()) {
            target.fire(event);
        }
    }

    /**
     * Notifies every synchronous observer of {@code event}, each even when an earlier one failed, and returns one
     * result per observer in notification order. Failures are logged, not thrown. Transaction phases are not
     * honoured here: every observer runs at once.
     */
    public List<SignalResult> sendRobust(Class<?> sender, Object event) {
        return dispatcher().fireRobust(target(sender, event), event);
    }

    /** Notifies the {@code @ObservesAsync} observers of {@code event}; the stage completes when all have run. */
    public <E> CompletionStage<E> sendAsync(Class<?> sender, E event) {
        return target(sender, event).fireAsync(event);
    }

    /** Whether any observer, synchronous or asynchronous, can receive {@code eventType} from {@code sender}. */
    public boolean hasObservers(Class<?> eventType, Class<?> sender) {
        Target target = dispatcher().target(Objects.requireNonNull(eventType, "eventType"), sender);
        return target.observed() || target.observedAsync();
    }

    /**
     * Runs {@code work} so that the saves it makes (and flushes) carry {@code raw=true}, Django's fixture-loading
     * mode: receivers should not touch other records. Saves flushed after {@code work} returns are not raw.
     */
    public void raw(Runnable work) {
        Objects.requireNonNull(work, "work");
        try {
            RawMode.call(() -> {
                work.run();
                return null;
            });
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** As {@link #raw(Runnable)}, returning what {@code work} returns; its checked exception is thrown as is. */
    public <V> V raw(Callable<V> work) throws Exception {
        return RawMode.call(Objects.requireNonNull(work, "work"));
    }

    private Target target(Class<?> sender, Object event) {
        return dispatcher().target(Objects.requireNonNull(event, "event").getClass(), sender, Set.of());
    }

    private static Dispatcher dispatcher() {
        Dispatcher dispatcher = SignalsRuntime.dispatcher();
        if (dispatcher == null) {
            throw new IllegalStateException(Messages.notRunning());
        }
        return dispatcher;
    }
}
