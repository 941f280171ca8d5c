package org.cdisignals.admin;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;


/**
 * {@code merge}: exactly two selected rows; the form field {@code keep} names the one that stays (default the lower
 * id). Every owning to-one association of any entity of the unit that points at the other row is re-pointed at the
 * kept one, row by row through the persistence context (so those rows send {@code PreSave}/{@code PostSave}), and
 * every owning many-to-many collection that holds the other row holds the kept one instead (once: a collection that
 * held both keeps one; those changes send {@code M2MChanged}); then the other row is removed. The other row's own
 * field values and its own many-to-many collections are not copied: they go with it.
 * <p>
 * A merge changes only rows the user may change: when a reference to the other row is held by an entity that has no
 * {@link ModelAdmin}, or whose ModelAdmin's {@link ModelAdmin#requiredRole()} the user lacks, the merge is refused
 * ({@code CDISIG-117}, naming those references) rather than run without them, which would leave them pointing at a
 * deleted row or make the delete fail. Checked when the form is cleaned and again inside the transaction.
 */
final class Merge implements AdminAction {

    static final String NAME = "merge";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public <T> List<ActionField> fields(ActionContext<T> context) {
        List<String> ids = context.selection().ids().stream().map(String::valueOf).toList();
        return List.of(ActionField.choice("keep", Labels.keepLabel(), ids, ids.isEmpty() ? "" : ids.get(0)));
    }

    @Override
    public <T> void clean(ActionForm form, ActionContext<T> context) {
        Selection<T> selection = context.selection();
        form.rejectFieldsOtherThan(Set.of("keep"), selection.model());
        if (selection.ids().size() != 2) {
            form.error(ActionForm.NON_FIELD, Messages.mergeNeedsTwo(selection.ids().size()));
            return;
        }
        String keep = form.raw("keep", String.valueOf(selection.ids().get(0)));
        Class<?> idType = selection.ids().get(0).getClass();
        Object kept;
        try {
            kept = Attributes.convert(keep, idType);
        } catch (IllegalArgumentException e) {
            form.error("keep", Messages.badId(keep, idType));
            return;
        }
        if (!selection.ids().contains(kept)) {
            form.error("keep", Messages.mergeKeepNotSelected(keep));
            return;
        }
        Object remove = selection.ids().get(selection.ids().get(0).equals(kept) ? 1 : 0);
        EntityManager em = context.entityManager();
        List<String> blocking = blocking(context, em.find(selection.model(), remove));
        if (!blocking.isEmpty()) {
            form.error(ActionForm.NON_FIELD, Messages.mergeBlocked(describe(selection.model(), remove),
                    describe(selection.model(), kept), blocking));
            return;
        }
        form.clean("keep", kept);
        form.clean("remove", remove);
    }

    /**
     * The references to {@code removed} held by rows the user may not change, as "2 Choice rows (Choice.question):
     * Choice has no ModelAdmin"; only the entities the user may not change are queried.
     */
    private static <T> List<String> blocking(ActionContext<T> context, Object removed) {
        EntityManager em = context.entityManager();
        Class<T> model = context.selection().model();
        List<String> blocking = new ArrayList<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            Optional<ModelAdmin<?>> owner = context.modelAdminOf(type);
            if (owner.isPresent() && context.userInRole(owner.get().requiredRole())) {
                continue;
            }
            String why = owner.map(admin -> "needs the role " + admin.requiredRole())
                    .orElse(type.getSimpleName() + " has no ModelAdmin");
            for (SingularAttribute<?, ?> attribute : entity.getSingularAttributes()) {
                if (pointsAt(attribute, model)) {
                    long rows = count(em, type, attribute.getName(), removed, false);
                    if (rows > 0) {
                        blocking.add(rows(rows, type, attribute.getName()) + ": " + why);
                    }
                }
            }
            for (PluralAttribute<?, ?, ?> attribute : entity.getPluralAttributes()) {
                if (holds(attribute, model)) {
                    long rows = count(em, type, attribute.getName(), removed, true);
                    if (rows > 0) {
                        blocking.add(rows(rows, type, attribute.getName()) + ": " + why);
                    }
                }
            }
        }
        // The metamodel's order differs between providers; the message should not.
        blocking.sort(null);
        return blocking;
    }

    /** The rows of {@code type} whose {@code attribute} points at (or, for a collection, holds) {@code target}. */
    private static <E> long count(EntityManager em, Class<E> type, String attribute, Object target, boolean collection) {
        CriteriaBuilder builder = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<E> row = query.from(type);
        query.select(builder.countDistinct(row)).where(collection ? builder.equal(row.join(attribute), target)
                : builder.equal(row.get(attribute), target));
        return em.createQuery(query).getSingleResult();
    }

    private static String rows(long rows, Class<?> type, String attribute) {
        return rows + " " + type.getSimpleName() + (rows == 1 ? " row" : " rows") + " (" + type.getSimpleName() + "."
                + attribute + ")";
    }

    @Override
    public <T> ActionResult execute(ActionForm form, ActionContext<T> context) {
        EntityManager em = context.entityManager();
        Class<T> model = context.selection().model();
        T kept = em.find(model, form.cleaned().get("keep"));
        T removed = em.find(model, form.cleaned().get("remove"));
        String removedName = describe(model, form.cleaned().get("remove"));
        String keptName = describe(model, form.cleaned().get("keep"));
        // A reference may have appeared since the form was cleaned; the merge must not leave it behind.
        List<String> blocking = blocking(context, removed);
        if (!blocking.isEmpty()) {
            throw new ActionInterrupted(Messages.mergeBlocked(removedName, keptName, blocking));
        }
        int references = 0;
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            for (SingularAttribute<?, ?> attribute : entity.getSingularAttributes()) {
                if (pointsAt(attribute, model)) {
                    references += repoint(em, entity.getJavaType(), attribute, removed, kept);
                }
            }
            for (PluralAttribute<?, ?, ?> attribute : entity.getPluralAttributes()) {
                if (holds(attribute, model)) {
                    references += replaceMember(em, entity.getJavaType(), attribute, removed, kept);
                }
            }
        }
        em.flush();
        // Reloads the removed row's inverse collections, now empty, so that removing it cascades to nothing re-pointed.
        em.refresh(removed);
        em.remove(removed);
        em.flush();
        // Its inverse collections gained the re-pointed rows in the database, not in memory.
        em.refresh(kept);
        return ActionResult.updated(Labels.merged(removedName, keptName, references),
                references + 1);
    }

    private static <E> int repoint(EntityManager em, Class<E> type, SingularAttribute<?, ?> attribute, Object from,
                                   Object to) {
        CriteriaBuilder builder = em.getCriteriaBuilder();
        CriteriaQuery<E> query = builder.createQuery(type);
        Root<E> row = query.from(type);
        query.select(row).where(builder.equal(row.get(attribute.getName()), from));
        List<E> referring = em.createQuery(query).getResultList();
        referring.forEach(r -> Attributes.write(r, attribute.getName(), attribute.getJavaType(), to));
        return referring.size();
    }

    /**
     * Puts {@code to} in place of {@code from} in the collection {@code attribute} of every row holding {@code from};
     * through the entity's getter, so the persistence context sees a change of its own collection.
     */
    @SuppressWarnings("unchecked")
    private static <E> int replaceMember(EntityManager em, Class<E> type, PluralAttribute<?, ?, ?> attribute,
                                         Object from, Object to) {
        CriteriaBuilder builder = em.getCriteriaBuilder();
        CriteriaQuery<E> query = builder.createQuery(type);
        Root<E> row = query.from(type);
        query.select(row).distinct(true).where(builder.equal(row.join(attribute.getName()), from));
        List<E> holding = em.createQuery(query).getResultList();
        for (E holder : holding) {
            Collection<Object> members = (Collection<Object>) Attributes.read(holder, attribute.getName());
            members.remove(from);
            if (!members.contains(to)) {
                members.add(to);
            }
        }
        return holding.size();
    }

    /** Whether {@code attribute} is the owning side of a many-to-many collection that can hold a {@code model}. */
    private static boolean holds(PluralAttribute<?, ?, ?> attribute, Class<?> model) {
        if (attribute.getPersistentAttributeType() != PersistentAttributeType.MANY_TO_MANY
                || attribute.getCollectionType() == PluralAttribute.CollectionType.MAP
                || !attribute.getElementType().getJavaType().isAssignableFrom(model)) {
            return false;
        }
        ManyToMany mapping = attribute.getJavaMember() instanceof AnnotatedElement member
                ? member.getAnnotation(ManyToMany.class) : null;
        return mapping == null || mapping.mappedBy().isEmpty();
    }

    /** Whether {@code attribute} is the owning side of a to-one association that can point at a {@code model}. */
    private static boolean pointsAt(SingularAttribute<?, ?> attribute, Class<?> model) {
        PersistentAttributeType type = attribute.getPersistentAttributeType();
        if (!attribute.getJavaType().isAssignableFrom(model)) {
            return false;
        }
        if (type == PersistentAttributeType.MANY_TO_ONE) {
            return true;
        }
        if (type != PersistentAttributeType.ONE_TO_ONE) {
            return false;
        }
        OneToOne mapping = attribute.getJavaMember() instanceof Field field ? field.getAnnotation(OneToOne.class)
                : null;
        return mapping == null || mapping.mappedBy().isEmpty();
    }

    private static String describe(Class<?> model, Object id) {
        return model.getSimpleName() + "#" + id;
    }
}
