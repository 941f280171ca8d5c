package org.cdisignals.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cdisignals.SignalResult;
import org.cdisignals.Signals;


/**
 * The {@link Signals} bean the extension registers. It sends through its own container's dispatcher, so that where
 * several containers share the jar each application's {@code Signals} reaches its own observers.
 */
@ApplicationScoped
public class SignalsBean implements Signals {

    @Inject
    SignalsExtension extension;

    @Override
    public void send(Class<?> sender, Object event) {
        // Synchronous observers only, as Event.fire: asynchronous ones are what sendAsync is for.
        target(sender, event).fireSync(event);
    }

    @Override
    public List<SignalResult> sendRobust(Class<?> sender, Object event) {
        return dispatcher().fireRobust(target(sender, event), event);
    }

    @Override
    public <E> CompletionStage<E> sendAsync(Class<?> sender, E event) {
        return target(sender, event).fireAsync(event);
    }

    @Override
    public boolean hasObservers(Class<?> eventType, Class<?> sender) {
        Target target = dispatcher().target(Objects.requireNonNull(eventType, "eventType"), sender);
        return target.observed() || target.observedAsync();
    }

    @Override
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

    @Override
    public <V> V raw(Callable<V> work) throws Exception {
        return RawMode.call(Objects.requireNonNull(work, "work"));
    }

    private Target target(Class<?> sender, Object event) {
        return dispatcher().target(Objects.requireNonNull(event, "event").getClass(), sender, Set.of());
    }

    private Dispatcher dispatcher() {
        Dispatcher dispatcher = extension.dispatcher();
        if (dispatcher == null) {
            throw new IllegalStateException(Messages.notRunning());
        }
        return dispatcher;
    }
}
