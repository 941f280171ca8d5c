package org.cdisignals.spi;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The provider contexts registered by the adapters of the units running in this class loader. */
public final class ProviderContexts {

    private static final List<ProviderContext> CONTEXTS = new CopyOnWriteArrayList<>();

    private ProviderContexts() {
    }

    public static void register(ProviderContext context) {
        CONTEXTS.add(context);
    }

    public static void unregister(ProviderContext context) {
        CONTEXTS.remove(context);
    }

    /** The context of the adapter that manages {@code entity}, or null when none does. */
    public static ProviderContext of(Object entity) {
        for (ProviderContext context : CONTEXTS) {
            if (context.using(entity) != null) {
                return context;
            }
        }
        return null;
    }
}
