package org.cdisignals.admin;

/**
 * What the built-in actions show a user that is not an error: outcomes and form labels (no code: they are not
 * looked up).
 */
final class Labels {

    private Labels() {
    }

    static String updated(int rows, boolean bulk) {
        return "Updated " + rows + (rows == 1 ? " record" : " records")
                + (bulk ? " (bulk update: model signals were not sent)" : "");
    }

    static String exported(int rows) {
        return "Exported " + rows + (rows == 1 ? " record" : " records");
    }

    static String merged(Object removed, Object kept, int references) {
        return "Merged " + removed + " into " + kept + "; re-pointed " + references
                + (references == 1 ? " reference" : " references");
    }

    static String bulkLabel() {
        return "Bulk update: one UPDATE statement, no model signals";
    }

    static String keepLabel() {
        return "Keep this row (the other one is merged into it and deleted)";
    }
}
