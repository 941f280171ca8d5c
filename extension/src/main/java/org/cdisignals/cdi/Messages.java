package org.cdisignals.cdi;

import java.util.List;

/**
 * Every message cdi-signals shows a user, in one place, each with a code to search for ({@code CDISIG-nnn}).
 */
public final class Messages {

    private Messages() {
    }

    static String senderNotAnEntity(String observer, Class<?> eventClass, Class<?> sender) {
        return "CDISIG-001: observer method " + observer + " observes " + eventClass.getSimpleName()
                + " with @Sender(" + sender.getName() + ".class), but " + sender.getName()
                + " is not a JPA @Entity; model signals are only sent by entity classes.";
    }

    static String senderContradictsType(String observer, Class<?> eventClass, Class<?> sender, String typeArgument) {
        return "CDISIG-002: observer method " + observer + " observes " + eventClass.getSimpleName() + "<"
                + typeArgument + "> with @Sender(" + sender.getName() + ".class); it can never be notified. Use "
                + eventClass.getSimpleName() + "<" + sender.getSimpleName() + "> or drop one of them.";
    }

    static String robustReceiverFailed(String observer, Object event) {
        return "CDISIG-003: observer " + observer + " failed on " + event + " during sendRobust; the others still ran.";
    }

    /** The library is used before the CDI container has started or after it stopped. */
    public static String notRunning() {
        return "CDISIG-004: cdi-signals is not running: the CDI container has not finished deployment validation"
                + " or has shut down (is the jar's extension loaded, i.e. META-INF/services intact?).";
    }

    /** No {@code ModelAdmin} bean describes {@code model}: a programming error. */
    public static String noModelAdmin(Class<?> model) {
        return "CDISIG-101: no ModelAdmin bean describes " + model.getName()
                + "; add a CDI bean implementing ModelAdmin<" + model.getSimpleName() + ">.";
    }

    public static String unknownAction(String action, Class<?> model) {
        return "CDISIG-102: \"" + action + "\" is not an action of " + model.getSimpleName() + ".";
    }

    public static String emptySelection() {
        return "CDISIG-103: no rows are selected; select at least one row for an action.";
    }

    public static String missingRows(Class<?> model, Object ids) {
        return "CDISIG-104: these " + model.getSimpleName() + " rows do not exist (any more): " + ids
                + "; nothing was changed.";
    }

    public static String badId(Object id, Class<?> idType) {
        return "CDISIG-105: \"" + id + "\" is not a valid id (" + idType.getSimpleName() + ").";
    }

    public static String unknownField(String field, Class<?> model) {
        return "CDISIG-106: " + model.getSimpleName() + " has no field \"" + field + "\" this action can use.";
    }

    public static String wrongType(String field, String raw, Class<?> type) {
        return "CDISIG-107: \"" + raw + "\" is not a valid " + type.getSimpleName() + " for " + field + ".";
    }

    public static String actionFailed(String action, Throwable failure) {
        return "CDISIG-108: the action " + action + " failed and changed nothing (its transaction was rolled back): "
                + failure;
    }

    public static String mergeNeedsTwo(int selected) {
        return "CDISIG-109: merge needs exactly two selected rows; " + selected + " are selected.";
    }

    public static String mergeKeepNotSelected(String keep) {
        return "CDISIG-110: the row to keep (" + keep + ") must be one of the two selected rows.";
    }

    public static String badDialect(String field) {
        return "CDISIG-111: " + field + " must be a single character, not a line break, and delimiter and quote"
                + " must differ.";
    }

    public static String noFieldsChosen() {
        return "CDISIG-112: choose at least one field to update.";
    }

    public static String runAlreadyUsed(String action) {
        return "CDISIG-113: this run of " + action + " was already applied or was stopped when requested;"
                + " request the action again.";
    }

    public static String updated(int rows, boolean bulk) {
        return "Updated " + rows + (rows == 1 ? " record" : " records")
                + (bulk ? " (bulk update: model signals were not sent)" : "");
    }

    public static String exported(int rows) {
        return "Exported " + rows + (rows == 1 ? " record" : " records");
    }

    public static String merged(Object removed, Object kept, int references) {
        return "Merged " + removed + " into " + kept + "; re-pointed " + references
                + (references == 1 ? " reference" : " references");
    }

    public static String bulkLabel() {
        return "Bulk update: one UPDATE statement, no model signals";
    }

    public static String keepLabel() {
        return "Keep this row (the other one is merged into it and deleted)";
    }

    /** A POST to the admin without the session's CSRF token. */
    public static String csrfFailed() {
        return "CDISIG-120: CSRF verification failed. Request aborted. Reload the page and try again.";
    }

    /** A user without the ModelAdmin's role. */
    public static String permissionDenied(String role, Class<?> model) {
        return "CDISIG-121: you need the role \"" + role + "\" to administer " + model.getSimpleName() + ".";
    }

    /** The admin was reached without a login: the application did not protect its URL. */
    public static String notAuthenticated() {
        return "CDISIG-122: the admin serves authenticated users only; protect its URL with a security-constraint"
                + " and a login-config in web.xml.";
    }

    public static String noActionChosen() {
        return "CDISIG-125: no action was chosen; choose one from the list.";
    }

    public static String noSuchAdminPage(String path) {
        return "CDISIG-123: there is no admin page at " + path + ".";
    }

    /** The admin servlet runs, but the application gave it no entity manager. */
    public static String noAdminPersistence() {
        return "CDISIG-124: the admin pages need exactly one CDI bean implementing"
                + " org.cdisignals.admin.web.AdminPersistence (the entity manager and transaction they use).";
    }

    public static String noColumnsChosen() {
        return "CDISIG-114: choose at least one column to export.";
    }

    /** A {@code PreMigrate} observer threw: Flyway's migrate stops before its first migration. */
    public static String flywayMigrationRefused(String using, List<String> plan, Throwable refusal) {
        return "CDISIG-201: a PreMigrate observer stopped Flyway's migrate of " + using + " before any migration ran"
                + " (pending: " + plan + "): " + refusal;
    }

    public static String flywaySchemaUnknown(Throwable failure) {
        return "CDISIG-202: cannot tell which schema Flyway migrates, to name it in PreMigrate.using: " + failure
                + "; give the name to the FlywaySignals constructor.";
    }
}
