package org.cdisignals.eclipselink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cdisignals.model.M2MChanged;
import org.cdisignals.model.M2MChanged.Action;
import org.cdisignals.spi.ModelEmitter;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.CollectionChangeRecord;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;

/**
 * Reads the {@code @ManyToMany} collection changes of a flush from EclipseLink's change set and turns each into a
 * {@code PRE_*} and {@code POST_*} {@link M2MChanged} pair: a collection emptied is a clear, otherwise removals come
 * before additions. Entities being removed report nothing: their join rows go with them.
 */
final class ManyToManyChanges {

    /** One change, as it is announced before the SQL and after it. */
    record Change(M2MChanged<?> before, Action afterwards, List<Object> elements) {

        /**
         * The {@code POST_*} twin, after the SQL: its ids are read again from the elements, so that those the
         * database assigned in this flush (IDENTITY) are there, which the {@code PRE_*} could not name.
         */
        @SuppressWarnings({"unchecked", "rawtypes"})
        M2MChanged<?> after(AbstractSession session) {
            Set<Object> pks = null;
            if (elements != null) {
                pks = new LinkedHashSet<>();
                for (Object element : elements) {
                    Object id = session.getId(element);
                    if (id != null) {
                        pks.add(id);
                    }
                }
            }
            M2MChanged b = before;
            return new M2MChanged(b.sender(), b.instance(), afterwards, b.reverse(), b.model(), pks, b.using(),
                    b.attribute());
        }
    }

    private ManyToManyChanges() {
    }

    static List<Change> of(UnitOfWorkChangeSet changes, UnitOfWorkImpl unitOfWork, String using) {
        List<Change> result = new ArrayList<>();
        for (ObjectChangeSet objectChanges : changes.getAllChangeSets().keySet()) {
            Object instance = objectChanges.getUnitOfWorkClone();
            if (instance == null || unitOfWork.isObjectDeleted(instance)) {
                continue;
            }
            if (objectChanges.isNew()) {
                addInitialContents(result, instance, unitOfWork, using);
                continue;
            }
            for (ChangeRecord change : objectChanges.getChanges()) {
                if (change instanceof CollectionChangeRecord collection
                        && collection.getMapping() instanceof ManyToManyMapping mapping
                        && ModelEmitter.observed(M2MChanged.class, owner(mapping, instance))) {
                    add(result, instance, collection, mapping, unitOfWork, using);
                }
            }
        }
        return result;
    }

    /** A new entity's change set records no collection changes: everything its collections hold is added. */
    private static void addInitialContents(List<Change> result, Object instance, UnitOfWorkImpl unitOfWork,
                                           String using) {
        for (DatabaseMapping candidate : EclipseLinkSupport.mappings(unitOfWork.getDescriptor(instance))) {
            if (candidate instanceof ManyToManyMapping mapping
                    && ModelEmitter.observed(M2MChanged.class, owner(mapping, instance))) {
                Object contents = mapping.getRealCollectionAttributeValueFromObject(instance, unitOfWork);
                if (!isEmpty(contents)) {
                    List<Object> elements = new ArrayList<>((Collection<?>) contents);
                    Set<Object> added = new LinkedHashSet<>();
                    for (Object element : elements) {
                        Object id = unitOfWork.getId(element);
                        if (id != null) {
                            added.add(id);
                        }
                    }
                    result.add(change(instance, mapping, Action.PRE_ADD, Action.POST_ADD, added, elements, using));
                }
            }
        }
    }

    private static void add(List<Change> result, Object instance, CollectionChangeRecord collection,
                            ManyToManyMapping mapping, UnitOfWorkImpl unitOfWork, String using) {
        Set<Object> removed = ids(collection.getRemoveObjectList(), unitOfWork);
        Set<Object> added = ids(collection.getAddObjectList(), unitOfWork);
        boolean emptied = !collection.getRemoveObjectList().isEmpty()
                && isEmpty(mapping.getRealAttributeValueFromObject(instance, unitOfWork));
        if (emptied) {
            result.add(change(instance, mapping, Action.PRE_CLEAR, Action.POST_CLEAR, null, null, using));
        } else if (!collection.getRemoveObjectList().isEmpty()) {
            result.add(change(instance, mapping, Action.PRE_REMOVE, Action.POST_REMOVE, removed,
                    clones(collection.getRemoveObjectList()), using));
        }
        if (!collection.getAddObjectList().isEmpty()) {
            result.add(change(instance, mapping, Action.PRE_ADD, Action.POST_ADD, added,
                    clones(collection.getAddObjectList()), using));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Change change(Object instance, ManyToManyMapping mapping, Action before, Action after,
                                 Set<Object> pks, List<Object> elements, String using) {
        Class owner = owner(mapping, instance);
        boolean reverse = isInverse(mapping);
        String attribute = reverse ? owningAttribute(mapping) : mapping.getAttributeName();
        Class<?> model = mapping.getReferenceClass();
        return new Change(new M2MChanged(owner, instance, before, reverse, model, pks, using, attribute), after,
                elements);
    }

    private static List<Object> clones(Map<ObjectChangeSet, ObjectChangeSet> elements) {
        List<Object> clones = new ArrayList<>();
        for (ObjectChangeSet element : elements.keySet()) {
            if (element.getUnitOfWorkClone() != null) {
                clones.add(element.getUnitOfWorkClone());
            }
        }
        return clones;
    }

    /**
     * The class that owns the association: the one that declares the owning attribute (a subclass that inherits it
     * is not its owner, as the contract says), on the instance's side or, for an inverse, on the element's.
     */
    private static Class<?> owner(ManyToManyMapping mapping, Object instance) {
        if (isInverse(mapping)) {
            return declaring(mapping.getReferenceDescriptor(), owningAttribute(mapping));
        }
        return declaring(mapping.getDescriptor(), mapping.getAttributeName());
    }

    private static Class<?> declaring(ClassDescriptor descriptor, String attribute) {
        ClassDescriptor current = descriptor;
        while (current.isChildDescriptor()) {
            ClassDescriptor parent = current.getInheritancePolicy().getParentDescriptor();
            if (parent == null || parent.getMappingForAttributeName(attribute) == null) {
                break;
            }
            current = parent;
        }
        return current.getJavaClass();
    }

    /** EclipseLink maps the {@code mappedBy} side of a many-to-many read-only. */
    private static boolean isInverse(ManyToManyMapping mapping) {
        return mapping.isReadOnly();
    }

    /** The owning attribute of an inverse mapping: the writable one on the other side sharing its join table. */
    private static String owningAttribute(ManyToManyMapping inverse) {
        if (inverse.getMappedBy() != null) {
            return inverse.getMappedBy();
        }
        for (DatabaseMapping candidate : EclipseLinkSupport.mappings(inverse.getReferenceDescriptor())) {
            if (candidate instanceof ManyToManyMapping owning && !owning.isReadOnly()
                    && owning.getRelationTable().equals(inverse.getRelationTable())) {
                return owning.getAttributeName();
            }
        }
        return inverse.getAttributeName();
    }

    private static Set<Object> ids(Map<ObjectChangeSet, ObjectChangeSet> elements, UnitOfWorkImpl unitOfWork) {
        Set<Object> ids = new LinkedHashSet<>();
        for (ObjectChangeSet element : elements.keySet()) {
            Object id = element.getId();
            if (id == null && element.getUnitOfWorkClone() != null) {
                id = unitOfWork.getId(element.getUnitOfWorkClone());
            }
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static boolean isEmpty(Object collection) {
        return collection == null
                || collection instanceof Collection<?> c && c.isEmpty()
                || collection instanceof Map<?, ?> m && m.isEmpty();
    }
}
