package org.cdisignals.spi;

import java.util.Map;
import java.util.function.BooleanSupplier;

import org.cdisignals.internal.Binding;
import org.cdisignals.internal.SignalsRuntime;

/**
 * The CDI container one persistence unit's signals go to: the one whose {@code BeanManager} the unit was created
 * with, under the standard property {@value #BEAN_MANAGER} (a server passes it; a Weld SE application may). A
 * provider adapter opens one when its unit starts and runs each of its provider's callbacks through {@link #run};
 * while one container runs this costs a volatile read, and where several share the jar (two Weld SE containers in
 * one JVM) it makes every signal the callback sends, through any emitter of this package, reach that container only.
 *
 * <p>A unit created without the property while several containers run is refused ({@code CDISIG-006}): its signals
 * could not be told apart.
 */
public final class UnitRoute {

    /** The standard persistence property that carries the container's {@code BeanManager}. */
    public static final String BEAN_MANAGER = "jakarta.persistence.bean.manager";

    private final Binding binding;

    private UnitRoute(Binding binding) {
        this.binding = binding;
    }

    /**
     * The route of persistence unit {@code unit}, whose properties are {@code properties}; throws
     * {@link IllegalStateException} ({@code CDISIG-006}) when they name no container while several run.
     */
    public static UnitRoute open(String unit, Map<?, ?> properties) {
        return new UnitRoute(SignalsRuntime.bind(unit, properties == null ? null : properties.get(BEAN_MANAGER)));
    }

    /**
     * Whether callbacks must go through {@link #run} now, for callers that would otherwise allocate a lambda on every
     * callback: false while one container runs and no unit belongs to another.
     */
    public boolean routing() {
        return SignalsRuntime.routing(binding);
    }

    /**
     * Whether the code running now is one of the unit's callbacks, as far as routing tells (always while routing is
     * not needed): for an adapter that must tell its unit from another of the same entity classes.
     */
    public boolean within() {
        return SignalsRuntime.within(binding);
    }

    /** Runs {@code callback}, one of the unit's provider callbacks, so that what it sends reaches the unit's container. */
    public void run(Runnable callback) {
        SignalsRuntime.run(binding, callback);
    }

    /** As {@link #run}, for a question about the observers of the unit's container ({@code observed}, ...). */
    public boolean test(BooleanSupplier question) {
        return SignalsRuntime.test(binding, question);
    }

    /** Called when the unit closes: the runtime forgets it. */
    public void close() {
        SignalsRuntime.unbind(binding);
    }
}
