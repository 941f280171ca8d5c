package org.cdisignals.admin;

import java.util.List;

/**
 * One field of an action's form, as the admin pages show it. The page submits the field's value under {@link #name()};
 * a {@link Kind#CHECKBOX} submits {@code true} or {@code false}; an {@link #optional()} field is submitted only when
 * the user ticked its "change" box (as {@code mass_update} does, so that untouched fields are left alone).
 *
 * @param name     the form field the action reads in {@link AdminAction#clean}
 * @param label    what the user reads next to it
 * @param kind     how it is entered
 * @param initial  the value shown first ({@code "true"} for a ticked checkbox)
 * @param choices  the values a {@link Kind#CHOICE} offers; empty otherwise
 * @param optional whether the user chooses to submit it at all
 */
public record ActionField(String name, String label, Kind kind, String initial, List<String> choices,
                          boolean optional) {

    public enum Kind {
        /** A line of text, converted by the action. */
        TEXT,
        /** A yes/no box. */
        CHECKBOX,
        /** One of {@link #choices()}. */
        CHOICE
    }

    public ActionField {
        choices = List.copyOf(choices);
    }

    public static ActionField text(String name, String label, String initial) {
        return new ActionField(name, label, Kind.TEXT, initial, List.of(), false);
    }

    public static ActionField checkbox(String name, String label, boolean initial) {
        return new ActionField(name, label, Kind.CHECKBOX, String.valueOf(initial), List.of(), false);
    }

    public static ActionField choice(String name, String label, List<String> choices, String initial) {
        return new ActionField(name, label, Kind.CHOICE, initial, choices, false);
    }

    /** This field, submitted only when the user ticks its "change" box. */
    public ActionField asOptional() {
        return new ActionField(name, label, kind, initial, choices, true);
    }
}
