package org.cdisignals.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.SingularAttribute;


/**
 * {@code mass_update}: sets the submitted fields (attribute name → value) on every selected row. Each row is loaded
 * and changed through the persistence context, so {@code PreSave}/{@code PostSave} fire per row; with
 * {@code _bulk=true} one Criteria {@code UPDATE} writes them all and, like Django's {@code QuerySet.update()}, sends no
 * model signal.
 */
final class MassUpdate implements AdminAction {

    static final String NAME = "mass_update";
    static final String BULK = "_bulk";

    @Override
    public String name() {
        return NAME;
    }

    /** Every attribute the action may set, in the ModelAdmin's order, each submitted only when ticked; the bulk switch. */
    @Override
    public <T> List<ActionField> fields(ActionContext<T> context) {
        List<ActionField> fields = new ArrayList<>();
        writable(context).forEach(name -> fields.add(ActionField.text(name, name, "").asOptional()));
        fields.add(ActionField.checkbox(BULK, Labels.bulkLabel(), false));
        return fields;
    }

    /** The attributes the ModelAdmin lets this action write that it can write: basic, not the id or version. */
    private static <T> List<String> writable(ActionContext<T> context) {
        return context.modelAdmin().allowedAttributes(NAME).stream().distinct()
                .filter(name -> settable(Attributes.basic(context.entityManager(), context.selection().model(), name)))
                .toList();
    }

    @Override
    public <T> void clean(ActionForm form, ActionContext<T> context) {
        Class<T> model = context.selection().model();
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> writable = writable(context);
        for (Map.Entry<String, String> entry : form.raw().entrySet()) {
            String field = entry.getKey();
            if (field.equals(BULK)) {
                try {
                    form.clean(BULK, Attributes.convert(entry.getValue(), boolean.class));
                } catch (IllegalArgumentException e) {
                    form.error(BULK, Messages.wrongType(BULK, entry.getValue(), boolean.class));
                }
                continue;
            }
            SingularAttribute<?, ?> attribute = Attributes.basic(context.entityManager(), model, field);
            if (attribute == null) {
                form.error(field, Messages.unknownField(field, model));
                continue;
            }
            if (!writable.contains(field)) {
                form.error(field, Messages.notAllowed(field, NAME, model, writable));
                continue;
            }
            try {
                values.put(field, Attributes.convert(entry.getValue(), attribute.getJavaType()));
            } catch (IllegalArgumentException e) {
                form.error(field, Messages.wrongType(field, entry.getValue(), attribute.getJavaType()));
            }
        }
        if (values.isEmpty() && form.isValid()) {
            form.error(ActionForm.NON_FIELD, Messages.noFieldsChosen());
        }
        values.forEach(form::clean);
    }

    @Override
    public <T> ActionResult execute(ActionForm form, ActionContext<T> context) {
        Map<String, Object> values = new LinkedHashMap<>(form.cleaned());
        boolean bulk = Boolean.TRUE.equals(values.remove(BULK));
        Selection<T> selection = context.selection();
        EntityManager em = context.entityManager();
        int updated;
        if (bulk) {
            CriteriaBuilder builder = em.getCriteriaBuilder();
            CriteriaUpdate<T> update = builder.createCriteriaUpdate(selection.model());
            Root<T> row = update.from(selection.model());
            values.forEach((field, value) -> update.set(row.get(field), value));
            update.where(row.get(selection.idAttribute()).in(selection.ids()));
            updated = em.createQuery(update).executeUpdate();
        } else {
            int[] rows = {0};
            selection.stream().forEach(row -> {
                values.forEach((field, value) ->
                        Attributes.write(row, field, Attributes.basic(em, selection.model(), field).getJavaType(), value));
                rows[0]++;
            });
            updated = rows[0];
        }
        return ActionResult.updated(Labels.updated(updated, bulk), updated);
    }

    private static boolean settable(SingularAttribute<?, ?> attribute) {
        return attribute != null && !attribute.isId() && !attribute.isVersion()
                && Attributes.convertible(attribute.getJavaType());
    }
}
