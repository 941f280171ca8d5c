package org.cdisignals.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.EntityType;

/**
 * The rows a user selected, by id, like the {@code queryset} django-adminactions passes. Every question is a JPA
 * Criteria query over those ids with bound parameters; nothing is loaded until asked for, and {@link #stream()}
 * loads the rows a page of ids at a time.
 */
public final class Selection<T> {

    /** Rows loaded per query by {@link #stream()}: bounded memory, few round trips. */
    static final int PAGE = 100;

    /** A filter for {@link #exists(Filter)}, built with the Criteria API so values are always bound parameters. */
    @FunctionalInterface
    public interface Filter<T> {
        Predicate where(CriteriaBuilder builder, Root<T> row);
    }

    private final EntityManager entityManager;
    private final Class<T> model;
    private final String idAttribute;
    private final List<Object> ids;

    Selection(EntityManager entityManager, Class<T> model, Collection<?> ids) {
        this.entityManager = entityManager;
        this.model = model;
        EntityType<T> entity = entityManager.getMetamodel().entity(model);
        this.idAttribute = entity.getId(entity.getIdType().getJavaType()).getName();
        this.ids = ids.stream().<Object>map(id -> id).distinct().sorted(Selection::compareIds).toList();
    }

    /** The entity class of the rows. */
    public Class<T> model() {
        return model;
    }

    /** The selected ids, distinct and in ascending order. */
    public List<Object> ids() {
        return ids;
    }

    /** How many of the selected rows exist now. */
    public long count() {
        if (ids.isEmpty()) {
            return 0;
        }
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<T> row = query.from(model);
        query.select(builder.count(row)).where(row.get(idAttribute).in(ids));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** Whether any selected row matches {@code filter}, e.g. {@code (cb, q) -> cb.isTrue(q.get("locked"))}. */
    public boolean exists(Filter<T> filter) {
        if (ids.isEmpty()) {
            return false;
        }
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object> query = builder.createQuery(Object.class);
        Root<T> row = query.from(model);
        query.select(row.get(idAttribute))
                .where(builder.and(row.get(idAttribute).in(ids), filter.where(builder, row)));
        return !entityManager.createQuery(query).setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether any selected row has {@code attribute} equal to {@code value} (null: is null). */
    public boolean exists(String attribute, Object value) {
        return exists((builder, row) -> value == null ? builder.isNull(row.get(attribute))
                : builder.equal(row.get(attribute), value));
    }

    /** The selected rows that exist, in id order, loaded {@value #PAGE} at a time as the stream is consumed. */
    public Stream<T> stream() {
        List<List<Object>> pages = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            pages.add(ids.subList(from, Math.min(ids.size(), from + PAGE)));
        }
        return pages.stream().flatMap(this::load);
    }

    /** The selected ids that have no row; reads only ids. */
    public List<Object> missing() {
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object> query = builder.createQuery(Object.class);
        Root<T> row = query.from(model);
        query.select(row.get(idAttribute)).where(row.get(idAttribute).in(ids));
        Set<Object> found = Set.copyOf(entityManager.createQuery(query).getResultList());
        return ids.stream().filter(id -> !found.contains(id)).toList();
    }

    EntityManager entityManager() {
        return entityManager;
    }

    String idAttribute() {
        return idAttribute;
    }

    private Stream<T> load(List<Object> page) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<T> query = builder.createQuery(model);
        Root<T> row = query.from(model);
        query.select(row).where(row.get(idAttribute).in(page)).orderBy(builder.asc(row.get(idAttribute)));
        return entityManager.createQuery(query).getResultList().stream();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareIds(Object a, Object b) {
        return a instanceof Comparable c && a.getClass() == b.getClass() ? c.compareTo(b)
                : String.valueOf(a).compareTo(String.valueOf(b));
    }

    @Override
    public String toString() {
        return model.getSimpleName() + ids;
    }
}
