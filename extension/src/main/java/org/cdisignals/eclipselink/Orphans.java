package org.cdisignals.eclipselink;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.persistence.internal.sessions.CollectionChangeRecord;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;
import org.eclipse.persistence.mappings.CollectionMapping;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;

/**
 * The entities a flush deletes because they left an {@code orphanRemoval} collection. EclipseLink deletes them
 * without a remove event, so the adapter sends their {@code PreDelete} itself, before the flush's SQL.
 */
final class Orphans {

    private Orphans() {
    }

    static List<Object> of(UnitOfWorkChangeSet changes) {
        List<Object> orphans = new ArrayList<>();
        for (ObjectChangeSet objectChanges : changes.getAllChangeSets().keySet()) {
            for (ChangeRecord change : objectChanges.getChanges()) {
                if (change instanceof CollectionChangeRecord collection
                        && collection.getMapping() instanceof CollectionMapping mapping && mapping.isPrivateOwned()) {
                    for (ObjectChangeSet removed : collection.getRemoveObjectList().keySet()) {
                        if (removed.getUnitOfWorkClone() != null) {
                            orphans.add(removed.getUnitOfWorkClone());
                        }
                    }
                }
            }
        }
        return orphans;
    }
}
