package org.cdisignals.admin;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;


/**
 * {@code export_json}: the selected rows as a Django-style fixture, a JSON array of
 * {@code {"model": "polls.question", "pk": 1, "fields": {...}}}. {@code model} is the last segment of the entity's
 * package and its lower-case entity name; {@code fields} holds the attributes the ModelAdmin allows this action
 * (basic ones and, for a to-one association, the id it points at; collections are left out). The form field
 * {@code fields} (comma-separated, each an allowed one) narrows them.
 */
final class ExportJson implements AdminAction {

    static final String NAME = "export_json";

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
        return List.of(ActionField.text("fields", "fields", String.join(",", exportable(context))));
    }

    /**
     * The attributes the ModelAdmin lets this action emit that a fixture's {@code fields} can hold (basic and to-one,
     * not the id, which is always the {@code pk}), in its order; also what is exported when the form names none.
     */
    private static <T> List<String> exportable(ActionContext<T> context) {
        EntityType<T> entity = context.entityManager().getMetamodel().entity(context.selection().model());
        return context.modelAdmin().allowedAttributes(NAME).stream().distinct().filter(name -> {
            SingularAttribute<?, ?> attribute = Attributes.singular(entity, name);
            return attribute != null && !attribute.isId() && exportable(attribute);
        }).toList();
    }

    @Override
    public <T> void clean(ActionForm form, ActionContext<T> context) {
        Class<T> model = context.selection().model();
        EntityType<T> entity = context.entityManager().getMetamodel().entity(model);
        form.rejectFieldsOtherThan(Set.of("fields"), model);
        List<String> exportable = exportable(context);
        List<String> fields = form.raw().containsKey("fields") ? form.list("fields") : exportable;
        for (String field : fields) {
            SingularAttribute<?, ?> attribute = Attributes.singular(entity, field);
            if (attribute == null || attribute.isId() || !exportable(attribute)) {
                form.error("fields", Messages.unknownField(field, model));
            } else if (!exportable.contains(field)) {
                form.error("fields", Messages.notAllowed(field, NAME, model, exportable));
            }
        }
        form.clean("fields", fields);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ActionResult execute(ActionForm form, ActionContext<T> context) {
        List<String> fields = (List<String>) form.cleaned().get("fields");
        EntityManager em = context.entityManager();
        Class<T> model = context.selection().model();
        EntityType<T> entity = em.getMetamodel().entity(model);
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        String label = model.getPackageName().substring(model.getPackageName().lastIndexOf('.') + 1) + "."
                + entity.getName().toLowerCase(Locale.ROOT);
        StringBuilder json = new StringBuilder("[");
        int[] rows = {0};
        context.selection().stream().forEach(row -> {
            json.append(rows[0]++ == 0 ? "\n" : ",\n").append("  {\"model\": ");
            value(json, label);
            json.append(", \"pk\": ");
            value(json, util.getIdentifier(row));
            json.append(", \"fields\": {");
            for (int i = 0; i < fields.size(); i++) {
                String field = fields.get(i);
                Object value = Attributes.read(row, field);
                if (value != null && Attributes.singular(entity, field).getPersistentAttributeType()
                        != PersistentAttributeType.BASIC) {
                    value = util.getIdentifier(value);
                }
                json.append(i == 0 ? "" : ", ");
                value(json, field);
                json.append(": ");
                value(json, value);
            }
            json.append("}}");
        });
        json.append(rows[0] == 0 ? "]" : "\n]");
        String filename = model.getSimpleName().toLowerCase(Locale.ROOT) + ".json";
        return ActionResult.download(Labels.exported(rows[0]),
                new ActionResult.Download(filename, "application/json", json.toString()));
    }

    private static boolean exportable(SingularAttribute<?, ?> attribute) {
        PersistentAttributeType type = attribute.getPersistentAttributeType();
        return type == PersistentAttributeType.BASIC || type == PersistentAttributeType.MANY_TO_ONE
                || type == PersistentAttributeType.ONE_TO_ONE;
    }

    /** Writes {@code value} as JSON: numbers and booleans as such, null, anything else as its string. */
    static void value(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Boolean || value instanceof Number n && Double.isFinite(n.doubleValue())) {
            json.append(value);
        } else {
            json.append('"');
            for (char c : String.valueOf(value).toCharArray()) {
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            json.append('"');
        }
    }
}
