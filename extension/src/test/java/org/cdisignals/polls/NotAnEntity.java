package org.cdisignals.polls;

/** A plain class, used to prove that {@code @Sender(NotAnEntity.class)} on a model-signal observer fails deployment. */
public class NotAnEntity {
}
