package org.cdisignals.it.example;

/** The one class of {@code RedeployIT}'s baseline WAR, loaded by its class loader when its JSP runs. */
public final class RedeployMarker {

    private RedeployMarker() {
    }

    public static String greet(String name) {
        return "Hello, " + name + "!";
    }
}
