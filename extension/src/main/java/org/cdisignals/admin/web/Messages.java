package org.cdisignals.admin.web;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The admin pages' error messages ({@code CDISIG-120} to {@code CDISIG-139}).
 */
final class Messages {

    private Messages() {
    }

    /** A POST to the admin without the session's CSRF token. */
    static String csrfFailed() {
        return "CDISIG-120: CSRF verification failed. Request aborted. Reload the page and try again.";
    }

    /** A user without the ModelAdmin's role. */
    static String permissionDenied(String role, Class<?> model) {
        return "CDISIG-121: you need the role \"" + role + "\" to administer " + model.getSimpleName() + ".";
    }

    /** The admin was reached without a login: the application did not protect its URL. */
    static String notAuthenticated() {
        return "CDISIG-122: the admin serves authenticated users only; protect its URL with a security-constraint"
                + " and a login-config in web.xml.";
    }

    static String noSuchAdminPage(String path) {
        return "CDISIG-123: there is no admin page at " + path + ".";
    }

    /** The admin servlet runs, but the application gave it no entity manager. */
    static String noAdminPersistence() {
        return "CDISIG-124: the admin pages need exactly one CDI bean implementing"
                + " org.cdisignals.admin.web.AdminPersistence (the entity manager and transaction they use).";
    }

    static String noActionChosen() {
        return "CDISIG-125: no action was chosen; choose one from the list.";
    }

    /** A user with the ModelAdmin's role but without the one of the action. */
    static String actionPermissionDenied(String role, String action, Class<?> model) {
        return "CDISIG-126: you need the role \"" + role + "\" to run " + action + " on " + model.getSimpleName() + ".";
    }

    /**
     * A page failed unexpectedly. The root cause is what a user can report and act on (the outermost exception is
     * mostly the container's or the provider's wrapper); the stack trace goes to the log only.
     */
    static String pageFailed(Throwable failure) {
        Throwable root = failure;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        return "CDISIG-127: the admin page failed: " + root.getClass().getName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
