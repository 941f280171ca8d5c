package org.cdisignals.admin;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The admin API's and the built-in actions' error messages ({@code CDISIG-101} to {@code CDISIG-119}).
 */
final class Messages {

    private Messages() {
    }

    /** No {@code ModelAdmin} bean describes {@code model}: a programming error. */
    static String noModelAdmin(Class<?> model) {
        return "CDISIG-101: no ModelAdmin bean describes " + model.getName()
                + "; add a CDI bean implementing ModelAdmin<" + model.getSimpleName() + ">.";
    }

    static String unknownAction(String action, Class<?> model) {
        return "CDISIG-102: \"" + action + "\" is not an action of " + model.getSimpleName() + ".";
    }

    static String emptySelection() {
        return "CDISIG-103: no rows are selected; select at least one row for an action.";
    }

    static String missingRows(Class<?> model, Object ids) {
        return "CDISIG-104: these " + model.getSimpleName() + " rows do not exist (any more): " + ids
                + "; nothing was changed.";
    }

    static String badId(Object id, Class<?> idType) {
        return "CDISIG-105: \"" + id + "\" is not a valid id (" + idType.getSimpleName() + ").";
    }

    static String unknownField(String field, Class<?> model) {
        return "CDISIG-106: " + model.getSimpleName() + " has no field \"" + field + "\" this action can use.";
    }

    static String wrongType(String field, String raw, Class<?> type) {
        return "CDISIG-107: \"" + raw + "\" is not a valid " + type.getSimpleName() + " for " + field + ".";
    }

    /** Names the root cause, which is what a user can act on; providers and containers wrap it several times. */
    static String actionFailed(String action, Throwable failure) {
        return "CDISIG-108: the action " + action + " failed and changed nothing (its transaction was rolled back): "
                + rootCause(failure);
    }

    /** The innermost cause of {@code failure} as "class: message" (a cause cycle ends the walk). */
    static String rootCause(Throwable failure) {
        Throwable root = failure;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        return root.getClass().getName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    static String mergeNeedsTwo(int selected) {
        return "CDISIG-109: merge needs exactly two selected rows; " + selected + " are selected.";
    }

    static String mergeKeepNotSelected(String keep) {
        return "CDISIG-110: the row to keep (" + keep + ") must be one of the two selected rows.";
    }

    static String badDialect(String field) {
        return "CDISIG-111: " + field + " must be a single character, not a line break, and delimiter and quote"
                + " must differ.";
    }

    static String noFieldsChosen() {
        return "CDISIG-112: choose at least one field to update.";
    }

    static String runAlreadyUsed(String action) {
        return "CDISIG-113: this run of " + action + " was already applied or was stopped when requested;"
                + " request the action again.";
    }

    static String noColumnsChosen() {
        return "CDISIG-114: choose at least one column to export.";
    }

    /** An attribute the ModelAdmin does not let this action write or export. */
    static String notAllowed(String attribute, String action, Class<?> model, Collection<String> allowed) {
        return "CDISIG-115: " + action + " may not use \"" + attribute + "\" of " + model.getSimpleName()
                + "; its ModelAdmin allows " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + ".";
    }

    /** The admin's ids are one basic value per row: a checkbox value, a URL parameter, a bound Criteria parameter. */
    static String compositeId(Class<?> model) {
        return "CDISIG-116: " + model.getSimpleName() + " has a composite id (@IdClass or @EmbeddedId); the admin"
                + " serves entities with a single basic id only.";
    }

    /** A merge that would re-point references in rows the user may not change. */
    static String mergeBlocked(Object removed, Object kept, Collection<String> blocking) {
        return "CDISIG-117: merging " + removed + " into " + kept + " would change rows you may not change: "
                + String.join("; ", blocking) + ". Nothing was changed.";
    }
}
