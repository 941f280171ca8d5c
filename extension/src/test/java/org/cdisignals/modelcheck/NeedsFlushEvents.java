package org.cdisignals.modelcheck;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

import org.cdisignals.support.Providers;

/**
 * Skips the model check where the provider cannot tell the adapter when a flush ends: its observers write on every
 * save, which fails an explicit flush there ({@code CDISIG-054}) by design.
 */
public class NeedsFlushEvents implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return Providers.flushEvents() ? SkipResult.doNotSkip()
                : SkipResult.skip(Providers.NO_FLUSH_EVENTS);
    }
}
