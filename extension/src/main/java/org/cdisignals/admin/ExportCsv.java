package org.cdisignals.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;


/**
 * {@code export_csv}: the chosen columns of the selected rows as CSV (RFC 4180 line ends). Form fields:
 * {@code columns} (comma-separated attribute names, each one the ModelAdmin allows this action; default the allowed
 * ones), {@code header} ({@code true}/{@code false}, default true), {@code delimiter} (default {@code ,}) and
 * {@code quote} (default {@code "}). A cell a spreadsheet would read as a formula (its first character other than a
 * space one of {@code = + - @}, a tab or a carriage return) is prefixed with {@code '}, unless it is a number.
 */
final class ExportCsv implements AdminAction {

    static final String NAME = "export_csv";
    private static final Set<String> FIELDS = Set.of("columns", "header", "delimiter", "quote");
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** A plain decimal number, which a spreadsheet reads as a value: {@code -3}, {@code +1.5}, {@code -1e3}. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean writes() {
        return false;
    }

    @Override
    public <T> List<ActionField> fields(ActionContext<T> context) {
        return List.of(ActionField.text("columns", "columns", String.join(",", exportable(context))),
                ActionField.checkbox("header", "header", true),
                ActionField.text("delimiter", "delimiter", ","),
                ActionField.text("quote", "quote", "\""));
    }

    @Override
    public <T> void clean(ActionForm form, ActionContext<T> context) {
        Class<T> model = context.selection().model();
        form.rejectFieldsOtherThan(FIELDS, model);
        List<String> exportable = exportable(context);
        List<String> columns = form.raw().containsKey("columns") ? form.list("columns") : exportable;
        if (columns.isEmpty()) {
            form.error("columns", Messages.noColumnsChosen());
        }
        for (String column : columns) {
            if (Attributes.basic(context.entityManager(), model, column) == null) {
                form.error("columns", Messages.unknownField(column, model));
            } else if (!exportable.contains(column)) {
                form.error("columns", Messages.notAllowed(column, NAME, model, exportable));
            }
        }
        form.clean("columns", columns);
        try {
            form.clean("header", Attributes.convert(form.raw("header", "true"), boolean.class));
        } catch (IllegalArgumentException e) {
            form.error("header", Messages.wrongType("header", form.raw("header", ""), boolean.class));
        }
        String delimiter = form.raw().getOrDefault("delimiter", ",");
        String quote = form.raw().getOrDefault("quote", "\"");
        if (!dialectCharacter(delimiter)) {
            form.error("delimiter", Messages.badDialect("delimiter"));
        } else if (!dialectCharacter(quote) || quote.equals(delimiter)) {
            form.error("quote", Messages.badDialect("quote"));
        } else {
            form.clean("delimiter", delimiter.charAt(0));
            form.clean("quote", quote.charAt(0));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ActionResult execute(ActionForm form, ActionContext<T> context) {
        List<String> columns = (List<String>) form.cleaned().get("columns");
        char delimiter = (Character) form.cleaned().get("delimiter");
        char quote = (Character) form.cleaned().get("quote");
        StringBuilder csv = new StringBuilder();
        if ((Boolean) form.cleaned().get("header")) {
            line(csv, columns, delimiter, quote);
        }
        int[] rows = {0};
        context.selection().stream().forEach(row -> {
            List<String> cells = new ArrayList<>(columns.size());
            for (String column : columns) {
                Object value = Attributes.read(row, column);
                cells.add(value == null ? "" : String.valueOf(value));
            }
            line(csv, cells, delimiter, quote);
            rows[0]++;
        });
        String filename = context.selection().model().getSimpleName().toLowerCase(Locale.ROOT) + ".csv";
        return ActionResult.download(Labels.exported(rows[0]),
                new ActionResult.Download(filename, "text/csv; charset=UTF-8", csv.toString()));
    }

    /** The attributes the ModelAdmin lets this action emit that are columns (basic attributes), in its order. */
    private static <T> List<String> exportable(ActionContext<T> context) {
        return context.modelAdmin().allowedAttributes(NAME).stream().distinct()
                .filter(name -> Attributes.basic(context.entityManager(), context.selection().model(), name) != null)
                .toList();
    }

    /**
     * {@code cell} made safe to open in a spreadsheet: escaped with {@code '} when its first character other than a
     * space starts a formula, since spreadsheets skip leading spaces before reading one; a number stays as it is,
     * because a spreadsheet reads it as a value and escaping would turn it into text.
     */
    static String neutralise(String cell) {
        int first = 0;
        while (first < cell.length() && cell.charAt(first) == ' ') {
            first++;
        }
        boolean formula = first < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(first)) >= 0;
        return formula && !NUMBER.matcher(cell.substring(first).stripTrailing()).matches() ? "'" + cell : cell;
    }

    private static void line(StringBuilder csv, List<String> cells, char delimiter, char quote) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(delimiter);
            }
            String cell = neutralise(cells.get(i));
            boolean quoted = cell.indexOf(delimiter) >= 0 || cell.indexOf(quote) >= 0
                    || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
            if (quoted) {
                String q = String.valueOf(quote);
                csv.append(quote).append(cell.replace(q, q + q)).append(quote);
            } else {
                csv.append(cell);
            }
        }
        csv.append("\r\n");
    }

    private static boolean dialectCharacter(String value) {
        return value.length() == 1 && value.charAt(0) != '\n' && value.charAt(0) != '\r';
    }
}
