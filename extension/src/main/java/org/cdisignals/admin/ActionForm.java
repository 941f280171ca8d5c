package org.cdisignals.admin;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * The form of one action: the raw values a user submitted, and what the action made of them: cleaned (typed) data,
 * or errors by field. An action fills it in {@link org.cdisignals.admin.AdminAction#clean}; the action runs only
 * when there are no errors.
 */
public final class ActionForm {

    /** The key of errors that concern the whole form or the selection rather than one field. */
    public static final String NON_FIELD = "__all__";

    private final String action;
    private final Map<String, String> raw;
    private final Map<String, Object> cleaned = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public ActionForm(String action, Map<String, String> raw) {
        this.action = action;
        this.raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    public String action() {
        return action;
    }

    /** The submitted values, as submitted, in submission order. */
    public Map<String, String> raw() {
        return raw;
    }

    /** The submitted value of {@code field}, or {@code fallback} when it was not submitted or is blank. */
    public String raw(String field, String fallback) {
        String value = raw.get(field);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The comma-separated items of {@code field}, trimmed, blanks dropped; empty when it was not submitted. */
    public List<String> list(String field) {
        return Arrays.stream(raw(field, "").split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    /** Records an "unknown field" error for every submitted field of an action that takes only {@code known}. */
    public void rejectFieldsOtherThan(Set<String> known, Class<?> model) {
        raw.keySet().stream().filter(field -> !known.contains(field))
                .forEach(field -> error(field, Messages.unknownField(field, model)));
    }

    /** The cleaned data, by field: typed values the action will use. */
    public Map<String, Object> cleaned() {
        return Collections.unmodifiableMap(cleaned);
    }

    /** The errors, by field ({@link #NON_FIELD} for the form as a whole). */
    public Map<String, String> errors() {
        return Collections.unmodifiableMap(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void clean(String field, Object value) {
        cleaned.put(field, value);
    }

    /** Records an error for {@code field}; the first error of a field is kept. */
    public void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    @Override
    public String toString() {
        return action + (isValid() ? cleaned : errors);
    }
}
