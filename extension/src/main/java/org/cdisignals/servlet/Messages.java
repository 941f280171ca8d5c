package org.cdisignals.servlet;

/**
 * The request emitters' messages ({@code CDISIG-030} to {@code CDISIG-039}, in the core's range).
 */
final class Messages {

    private Messages() {
    }

    /** A request-signal observer threw; the application's own exception, if any, is left as it was. */
    static String observerFailed(String signal, String method, String uri, Throwable applicationFailure) {
        return "CDISIG-030: a " + signal + " observer failed for " + method + " " + uri
                + (applicationFailure == null ? ""
                        : "; the application's exception is unchanged and carries the observer's as suppressed: "
                                + applicationFailure);
    }
}
