package org.cdisignals.admin;

import java.util.Map;

/**
 * What an action did: the message for the user, the rows written, per-row problems that did not fail the action, and
 * for an export the file to hand out.
 *
 * @param message  what the user is told ("Updated 3 records")
 * @param updated  the number of rows written
 * @param errors   per-row problems by row id; sent with {@code AdminActionEnd}
 * @param download the file an export produced, or null
 */
public record ActionResult(String message, int updated, Map<String, String> errors, Download download) {

    public ActionResult {
        errors = Map.copyOf(errors);
    }

    /** A file to download. */
    public record Download(String filename, String contentType, String body) {
    }

    public static ActionResult updated(String message, int updated) {
        return new ActionResult(message, updated, Map.of(), null);
    }

    public static ActionResult download(String message, Download download) {
        return new ActionResult(message, 0, Map.of(), download);
    }
}
