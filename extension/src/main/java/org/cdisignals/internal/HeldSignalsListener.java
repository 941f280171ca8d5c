package org.cdisignals.internal;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;


/**
 * Registered by the jar's web fragment: when the web application's context is initialized, sends the signals that
 * waited for the application (a persistence unit the server deployed before the CDI container: {@code ClassPrepared},
 * {@code PreMigrate}, {@code PostMigrate}). Its observers can then use {@code @PersistenceContext} beans and
 * transactions, and the application does not serve before they return.
 */
public class HeldSignalsListener implements ServletContextListener {

    /** Whether the container runs in a web application, which will initialize its servlet context after it. */
    public static boolean expected(BeanManager beanManager) {
        return !beanManager.getBeans(ServletContext.class).isEmpty();
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SignalsRuntime.release();
    }
}
