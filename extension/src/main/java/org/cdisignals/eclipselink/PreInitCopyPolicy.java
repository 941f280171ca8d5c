package org.cdisignals.eclipselink;

import org.cdisignals.spi.ModelEmitter;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.copying.CopyPolicy;
import org.eclipse.persistence.queries.ObjectBuildingQuery;
import org.eclipse.persistence.sessions.DataRecord;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * Wraps a descriptor's copy policy to send {@code PreInit} just before EclipseLink instantiates the instance a
 * unit of work hands out: a working copy of a cached object, or one built straight from a row. The shared-cache
 * original, which the application never sees, sends none, so every {@code PostInit} has exactly one
 * {@code PreInit} before it.
 */
final class PreInitCopyPolicy implements CopyPolicy {

    private static final long serialVersionUID = 1L;

    private final CopyPolicy delegate;
    private final Class<?> entityClass;

    PreInitCopyPolicy(CopyPolicy delegate, Class<?> entityClass) {
        this.delegate = delegate;
        this.entityClass = entityClass;
    }

    @Override
    public Object buildWorkingCopyClone(Object object, Session session) {
        ModelEmitter.preInit(entityClass);
        return delegate.buildWorkingCopyClone(object, session);
    }

    @Override
    public Object buildWorkingCopyCloneFromRow(DataRecord row, ObjectBuildingQuery query, Object primaryKey,
                                               UnitOfWork uow) {
        ModelEmitter.preInit(entityClass);
        return delegate.buildWorkingCopyCloneFromRow(row, query, primaryKey, uow);
    }

    @Override
    public Object buildClone(Object object, Session session) {
        return delegate.buildClone(object, session);
    }

    @Override
    public Object clone() {
        return new PreInitCopyPolicy((CopyPolicy) delegate.clone(), entityClass);
    }

    @Override
    public void initialize(Session session) {
        delegate.initialize(session);
    }

    @Override
    public void setDescriptor(ClassDescriptor descriptor) {
        delegate.setDescriptor(descriptor);
    }

    @Override
    public boolean buildsNewInstance() {
        return delegate.buildsNewInstance();
    }
}
