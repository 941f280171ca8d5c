package org.cdisignals.example.signals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.cdisignals.example.service.PizzaService;
import org.cdisignals.migrate.PostMigrate;

/**
 * Django's classic use of {@code post_migrate}: seed data once the schema exists. The topping is written through the
 * {@code @Transactional} service, because on a server the signal arrives when the CDI container starts, outside any
 * transaction, after the unit has generated its schema.
 */
@ApplicationScoped
public class WelcomeSeed {

    /** The name of the topping every freshly created schema starts with. */
    public static final String TOPPING = "Welcome cheese";

    @Inject
    PizzaService pizzas;

    void seed(@Observes PostMigrate e) {
        if ("polls".equals(e.using())) {
            pizzas.createTopping(TOPPING);
        }
    }
}
