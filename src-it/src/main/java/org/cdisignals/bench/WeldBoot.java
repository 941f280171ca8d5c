package org.cdisignals.bench;

import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import jakarta.enterprise.inject.spi.Extension;

/** A Weld SE container holding just the named beans and the jar's extension, which starts the dispatcher. */
final class WeldBoot {

    // Held so that the level sticks: Weld's start and shutdown lines would interleave with JMH's iteration lines.
    private static final Logger WELD_LOG = Logger.getLogger("org.jboss.weld");

    static {
        WELD_LOG.setLevel(Level.WARNING);
    }

    private WeldBoot() {
    }

    static SeContainer start(Class<?>... beans) {
        SeContainerInitializer initializer = SeContainerInitializer.newInstance().disableDiscovery();
        // Without discovery Weld skips META-INF/services, where the jar registers its extension.
        ServiceLoader.load(Extension.class).forEach(initializer::addExtensions);
        return initializer.addBeanClasses(beans).initialize();
    }
}
