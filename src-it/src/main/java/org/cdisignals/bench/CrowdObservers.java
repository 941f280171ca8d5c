package org.cdisignals.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cdisignals.model.PreSave;

/** Ten observers of the same signal, for the cost of a dispatch that notifies many. */
@ApplicationScoped
public class CrowdObservers {

    /** The sender whose {@link PreSave} these ten observe. */
    public static final class Crowd {
    }

    private long notified;

    void first(@Observes PreSave<Crowd> event) {
        notified++;
    }

    void second(@Observes PreSave<Crowd> event) {
        notified++;
    }

    void third(@Observes PreSave<Crowd> event) {
        notified++;
    }

    void fourth(@Observes PreSave<Crowd> event) {
        notified++;
    }

    void fifth(@Observes PreSave<Crowd> event) {
        notified++;
    }

    void sixth(@Observes PreSave<Crowd> event) {
        notified++;
    }

    void seventh(@Observes PreSave<Crowd> event) {
        notified++;
    }

    void eighth(@Observes PreSave<Crowd> event) {
        notified++;
    }

    void ninth(@Observes PreSave<Crowd> event) {
        notified++;
    }

    void tenth(@Observes PreSave<Crowd> event) {
        notified++;
    }

    public long notified() {
        return notified;
    }
}
