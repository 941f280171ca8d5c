package org.cdisignals.admin.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cdisignals.admin.ModelAdmin;
import org.cdisignals.admin.ActionField;

/**
 * The form of one action over the selected rows: the selection travels in hidden fields, so "Apply" sends the whole
 * request again. Shown first with each field's initial value, and again with the submitted values and their errors.
 */
final class ActionFormPage {

    private ActionFormPage() {
    }

    static String title(ModelAdmin<?> admin, String action, int selected) {
        return ChangeListPage.label(action) + ": " + selected + " "
                + (selected == 1 ? ChangeListPage.noun(admin) : ChangeListPage.plural(admin)) + " selected";
    }

    /**
     * @param submitted the values as submitted, or null for a first showing
     * @param included  the optional fields the user ticked
     * @param errors    the form's errors by field
     */
    static String body(String action, Collection<?> ids, List<ActionField> fields, Map<String, String> submitted,
                       Set<String> included, Map<String, String> errors, String csrf) {
        StringBuilder html = new StringBuilder();
        Map<String, String> formErrors = new LinkedHashMap<>(errors);
        fields.forEach(field -> formErrors.remove(field.name()));
        if (!formErrors.isEmpty()) {
            html.append(nonFieldErrors(formErrors));
        }
        html.append("<p>Selected: ").append(Html.escape(String.join(", ", ids.stream().map(String::valueOf).toList())))
                .append("</p>\n<form id=\"action-form\" method=\"post\" action=\"action\">")
                .append(Html.hidden(Csrf.FIELD, csrf)).append(Html.hidden("action", action));
        ids.forEach(id -> html.append(Html.hidden("_selected_action", id)));
        html.append("\n<fieldset><legend>").append(Html.escape(ChangeListPage.label(action))).append("</legend>\n");
        if (fields.isEmpty()) {
            html.append("<p>Apply ").append(Html.escape(ChangeListPage.label(action).toLowerCase(Locale.ROOT)))
                    .append(" to the selected rows?</p>\n");
        }
        for (ActionField field : fields) {
            String value = submitted == null ? field.initial() : submitted.getOrDefault(field.name(), field.initial());
            html.append("<div class=\"field\">").append(input(field, value, included.contains(field.name())))
                    .append(Html.errors(errors.get(field.name()), "")).append("</div>\n");
        }
        return html.append("</fieldset>\n<button type=\"submit\" name=\"apply\" value=\"1\" id=\"apply\">Apply</button>")
                .append(" <a href=\"./\">Cancel</a></form>\n").toString();
    }

    private static String input(ActionField field, String value, boolean included) {
        String name = Html.escape(field.name());
        String id = "field-" + name;
        StringBuilder html = new StringBuilder();
        if (field.optional()) {
            html.append("<input type=\"checkbox\" name=\"_include\" value=\"").append(name).append("\" id=\"include-")
                    .append(name).append('"').append(included ? " checked" : "").append("><label for=\"include-")
                    .append(name).append("\">Change ").append(Html.escape(field.label())).append("</label> ");
        }
        switch (field.kind()) {
            case CHECKBOX -> html.append("<input type=\"checkbox\" name=\"").append(name).append("\" value=\"true\" id=\"")
                    .append(id).append('"').append("true".equals(value) ? " checked" : "").append("><label for=\"")
                    .append(id).append("\">").append(Html.escape(field.label())).append("</label>");
            case CHOICE -> {
                html.append("<label for=\"").append(id).append("\">").append(Html.escape(field.label()))
                        .append("</label> <select name=\"").append(name).append("\" id=\"").append(id).append("\">");
                field.choices().forEach(choice -> html.append("<option value=\"").append(Html.escape(choice)).append('"')
                        .append(choice.equals(value) ? " selected" : "").append('>').append(Html.escape(choice))
                        .append("</option>"));
                html.append("</select>");
            }
            case TEXT -> html.append("<label for=\"").append(id).append("\">")
                    .append(field.optional() ? "to" : Html.escape(field.label())).append("</label> <input name=\"")
                    .append(name).append("\" id=\"").append(id).append("\" value=\"").append(Html.escape(value))
                    .append("\">");
        }
        return html.toString();
    }

    /** Errors that concern the whole form, not one of its fields. */
    static String nonFieldErrors(Map<String, String> errors) {
        StringBuilder html = new StringBuilder("<ul class=\"errorlist nonfield\">");
        errors.values().forEach(error -> html.append("<li>").append(Html.escape(error)).append("</li>"));
        return html.append("</ul>\n").toString();
    }
}
