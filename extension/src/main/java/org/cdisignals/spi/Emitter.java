package org.cdisignals.spi;

import java.lang.annotation.Annotation;
import java.util.Set;
import java.util.function.Supplier;

import org.cdisignals.internal.Dispatcher;
import org.cdisignals.internal.Messages;
import org.cdisignals.internal.SignalsRuntime;

/**
 * The one general way an emitter sends a signal: it names the event class, the sender and any further qualifiers,
 * and hands over a {@link Supplier} that builds the event, which is called only when an observer can receive it.
 * Every library emitter goes through here or through the signal-specific emitters of this package, which share its
 * path; an integrator's own emitter should too.
 *
 * <p>The event is fired as {@code E<Sender>} qualified {@code @Sender(sender)} when {@code sender} is not null, as
 * {@link org.cdisignals.Signals} does. Before the CDI container has validated its deployment, and after it has shut
 * down, nothing is sent (see {@link #sendOrHold} for the signals that must wait for it).
 */
public final class Emitter {

    private Emitter() {
    }

    /** Whether the container runs, so that a signal sent now can reach its observers. */
    public static boolean running() {
        return SignalsRuntime.running();
    }

    /**
     * Throws {@link IllegalStateException} ({@code CDISIG-004}) unless the container runs, for emitters whose caller
     * must know that its signals cannot be sent (an admin action, {@code Signals}).
     */
    public static void requireRunning() {
        if (!running()) {
            throw new IllegalStateException(Messages.notRunning());
        }
    }

    /** Whether a synchronous observer can receive {@code eventClass} from {@code sender} (null: no sender). */
    public static boolean observed(Class<?> eventClass, Class<?> sender) {
        Dispatcher dispatcher = SignalsRuntime.dispatcher();
        return dispatcher != null && dispatcher.target(eventClass, sender).observed();
    }

    /**
     * Whether a synchronous observer could receive {@code eventClass} from some sender, for emitters that would
     * otherwise inspect every change to find the senders.
     */
    public static boolean observedFromAnySender(Class<?> eventClass) {
        Dispatcher dispatcher = SignalsRuntime.dispatcher();
        return dispatcher != null && dispatcher.observedFromAnySender(eventClass);
    }

    /**
     * Builds the event with {@code event} and notifies the synchronous observers of {@code eventClass} from
     * {@code sender} in the caller's thread, only if one can receive it; an observer's exception propagates. Returns
     * whether it was sent.
     */
    public static boolean send(Class<?> eventClass, Class<?> sender, Supplier<?> event) {
        return send(eventClass, sender, Set.of(), event);
    }

    /** As {@link #send(Class, Class, Supplier)}, with further qualifiers beside {@code @Sender}. */
    public static boolean send(Class<?> eventClass, Class<?> sender, Set<Annotation> qualifiers, Supplier<?> event) {
        Dispatcher dispatcher = SignalsRuntime.dispatcher();
        return dispatcher != null && dispatcher.send(eventClass, sender, qualifiers, event);
    }

    /**
     * Sends now, as {@link #send(Class, Class, Supplier)}, when the container runs and the application may serve;
     * otherwise holds the signal and sends it, in the order held, once it does (a persistence unit a server deploys
     * before the CDI container). Returns whether it was sent now.
     */
    public static boolean sendOrHold(Class<?> eventClass, Class<?> sender, Supplier<?> event) {
        return SignalsRuntime.sendOrHold(dispatcher -> dispatcher.send(eventClass, sender, Set.of(), event));
    }

    /**
     * Runs {@code work} now when the container runs and the application may serve, else once it does, in the order
     * of the signals held meanwhile; for emitters whose work before a held signal must wait with it. Returns whether
     * it ran now.
     */
    public static boolean whenStarted(Runnable work) {
        return SignalsRuntime.sendOrHold(dispatcher -> work.run());
    }
}
