package org.cdisignals.admin;

/**
 * Thrown by an observer of {@link AdminActionRequested} or {@link AdminActionStart} to stop an action before it runs,
 * or of {@link AdminActionEnd} to roll its transaction back. The message is what the user is shown, so word it for
 * them ("Locked questions cannot be updated").
 */
public class ActionInterrupted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ActionInterrupted(String message) {
        super(message);
    }
}
