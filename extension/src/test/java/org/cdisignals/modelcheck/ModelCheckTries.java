package org.cdisignals.modelcheck;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The model check's tries, from the {@code modelcheck.tries} system property (the build sets it: a few by default,
 * many more with {@code -Pmodelcheck}), for its own properties only: jqwik's default stays the other properties'.
 */
public class ModelCheckTries implements AroundPropertyHook {

    static final int DEFAULT = 30;

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(Integer.getInteger("modelcheck.tries", DEFAULT));
        return property.execute();
    }
}
