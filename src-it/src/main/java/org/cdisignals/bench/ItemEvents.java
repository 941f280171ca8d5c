package org.cdisignals.bench;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.cdisignals.Sender;
import org.cdisignals.model.PreSave;

/**
 * The plain Weld way to fire what the dispatcher fires for {@link Item}: an injected {@link Event} of the same type
 * and qualifier. Dependent, so the benchmark holds the bean itself rather than a client proxy.
 */
@Dependent
public class ItemEvents {

    private final Event<PreSave<Item>> preSave;

    @Inject
    public ItemEvents(@Sender(Item.class) Event<PreSave<Item>> preSave) {
        this.preSave = preSave;
    }

    public Event<PreSave<Item>> preSave() {
        return preSave;
    }
}
