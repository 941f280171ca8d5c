package org.cdisignals.example.admin;

/** The roles web.xml declares; each server maps its users' groups to them. */
public final class Roles {

    /** May use the admin at all, and administer questions and choices. */
    public static final String STAFF = "staff";

    /** May administer pizzas, and merge questions. */
    public static final String CHEF = "chef";

    private Roles() {
    }
}
