package org.cdisignals.bench.request.app;

import jakarta.enterprise.context.ApplicationScoped;

/** The WARs' bean: with it and a {@code beans.xml}, CDI is active in every variant, the baseline too. */
@ApplicationScoped
public class Greeter {

    /** The body of every answer. */
    public String greeting() {
        return "hello";
    }
}
