package org.cdisignals.bench;

import jakarta.enterprise.context.Dependent;

/**
 * The one bean of a container whose scenario observes nothing: Weld SE refuses to start without beans, and this one
 * needs nothing of cdi-signals, whose jar some scenarios leave off the class path.
 */
@Dependent
public class Bystander {
}
