package org.cdisignals.it.servers;

import java.util.List;

/**
 * The example admin's users, the same on both servers. Their groups are named like the roles the example WAR
 * declares: WildFly's application realm turns groups into roles of the same name, and the WAR's
 * {@code glassfish-web.xml} maps them one to one on Payara.
 */
public enum ExampleUser {

    /** Staff and chef: every admin page, pizzas included. */
    ADMIN("admin", "admin-secret", "staff", "chef"),
    /** Staff only: questions and choices, not pizzas. */
    EDITOR("editor", "editor-secret", "staff"),
    /** Logged in, but no member of staff: the container refuses every admin page. */
    VISITOR("visitor", "visitor-secret", "voter");

    private final String username;
    private final String password;
    private final List<String> groups;

    ExampleUser(String username, String password, String... groups) {
        this.username = username;
        this.password = password;
        this.groups = List.of(groups);
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public List<String> groups() {
        return groups;
    }

    /** The users with their groups, for the build's log. */
    static String summary() {
        StringBuilder summary = new StringBuilder();
        for (ExampleUser user : values()) {
            summary.append(summary.isEmpty() ? "" : ", ").append(user.username).append(user.groups);
        }
        return summary.toString();
    }
}
