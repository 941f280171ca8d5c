package org.cdisignals.hibernate;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.AbstractEvent;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.FlushEntityEvent;

/**
 * What the adapter needs of the Hibernate ORM it runs on, checked once before it installs anything, and the few
 * calls whose binary signature differs between Hibernate 6.6 and 7, made through handles resolved here. The jar is
 * compiled against 6.6; everything else it calls is the same in 6.6 and 7.x. An adapter that finds something
 * missing logs {@code CDISIG-050} and stands aside: the unit starts as if the jar had no Hibernate adapter.
 */
final class HibernateSupport {

    private static final Logger LOG = Logger.getLogger("org.cdisignals.hibernate");

    /**
     * The provider methods the adapter calls, as {@code class#method(parameter types)}. Hibernate 7 moved some of
     * them to new declaring classes or return types; a name here is looked up by name and parameters only.
     */
    private static final String[] REQUIRED = {
            "org.hibernate.event.service.spi.EventListenerRegistry#getEventListenerGroup(org.hibernate.event.spi.EventType)",
            "org.hibernate.event.service.spi.EventListenerRegistry#setListeners(org.hibernate.event.spi.EventType,java.lang.Object[])",
            "org.hibernate.event.service.spi.EventListenerRegistry#prependListeners(org.hibernate.event.spi.EventType,java.lang.Object[])",
            "org.hibernate.event.service.spi.EventListenerRegistry#appendListeners(org.hibernate.event.spi.EventType,java.lang.Object[])",
            "org.hibernate.event.spi.EventType#baseListenerInterface()",
            "org.hibernate.event.spi.DeleteEventListener#onDelete(org.hibernate.event.spi.DeleteEvent,org.hibernate.event.spi.DeleteContext)",
            "org.hibernate.event.spi.DeleteEvent#getObject()",
            "org.hibernate.event.spi.FlushEntityEvent#getEntityEntry()",
            "org.hibernate.event.spi.PostUpdateEvent#getDirtyProperties()",
            "org.hibernate.event.spi.AbstractCollectionEvent#getAffectedOwnerOrNull()",
            "org.hibernate.event.spi.AbstractCollectionEvent#getCollection()",
            "org.hibernate.engine.spi.SharedSessionContractImplementor#getPersistenceContextInternal()",
            "org.hibernate.engine.spi.SharedSessionContractImplementor#getEntityPersister(java.lang.String,java.lang.Object)",
            "org.hibernate.engine.spi.SharedSessionContractImplementor#getFactory()",
            "org.hibernate.engine.spi.SessionFactoryImplementor#getMappingMetamodel()",
            "org.hibernate.metamodel.MappingMetamodel#getCollectionDescriptor(java.lang.String)",
            "org.hibernate.persister.entity.EntityPersister#findDirty(java.lang.Object[],java.lang.Object[],java.lang.Object,org.hibernate.engine.spi.SharedSessionContractImplementor)",
            "org.hibernate.persister.entity.EntityPersister#getValues(java.lang.Object)",
            "org.hibernate.persister.entity.EntityPersister#getIdentifier(java.lang.Object,org.hibernate.engine.spi.SharedSessionContractImplementor)",
            "org.hibernate.persister.entity.EntityPersister#getAttributeMappings()",
            "org.hibernate.persister.collection.CollectionPersister#getAttributeMapping()",
            "org.hibernate.persister.collection.CollectionPersister#getMappedByProperty()",
            "org.hibernate.collection.spi.PersistentCollection#getStoredSnapshot()",
            "org.hibernate.tool.schema.spi.SchemaCreator#doCreation(org.hibernate.boot.Metadata,org.hibernate.tool.schema.spi.ExecutionOptions,org.hibernate.tool.schema.spi.ContributableMatcher,org.hibernate.tool.schema.spi.SourceDescriptor,org.hibernate.tool.schema.spi.TargetDescriptor)",
            "org.hibernate.tool.schema.internal.SchemaManagementToolInitiator#initiateService(java.util.Map,org.hibernate.service.spi.ServiceRegistryImplementor)",
            "org.hibernate.engine.jdbc.connections.internal.ConnectionProviderInitiator#initiateService(java.util.Map,org.hibernate.service.spi.ServiceRegistryImplementor)",
    };

    /**
     * {@code getSession()} of each event class: declared by {@code AbstractEvent} returning {@code EventSource} in
     * 6.6; in 7.2+ returning {@code SharedSessionContractImplementor} there, and {@code EventSource} on the new
     * {@code AbstractSessionEvent} most events now extend.
     */
    private static final ClassValue<MethodHandle> SESSION = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> event) {
            try {
                return sessionHandle(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    };
    private static volatile String missing;
    // Each unit is warned once, although the provider may ask the adapter more than once per unit.
    private static final java.util.Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private HibernateSupport() {
    }

    /**
     * Runs the check again, with {@code extra} requirements besides the adapter's own: how the tests stand in for a
     * provider that lacks something. Without arguments it restores the real answer.
     */
    static void recheck(String... extra) {
        String[] all = java.util.Arrays.copyOf(REQUIRED, REQUIRED.length + extra.length);
        System.arraycopy(extra, 0, all, REQUIRED.length, extra.length);
        missing = check(all);
        WARNED.clear();
    }

    /** What this Hibernate lacks, or null when the adapter can serve it; computed once. */
    static String missing() {
        String known = missing;
        if (known == null) {
            known = check(REQUIRED);
            missing = known;
        }
        return known.isEmpty() ? null : known;
    }

    /** The check itself: an empty string when everything is there, else what is missing. */
    static String check(String... required) {
        List<String> absent = new ArrayList<>();
        try {
            sessionHandle(AbstractEvent.class);
            sessionHandle(AbstractCollectionEvent.class);
            sessionHandle(DeleteEvent.class);
            sessionHandle(FlushEntityEvent.class);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            absent.add("an event's getSession() returning a SharedSessionContractImplementor (" + e + ")");
        }
        // The adapter's own loader, which its calls link through; a provider split into modules (WildFly) may not see
        // all of itself from one of its classes' loaders.
        ClassLoader loader = HibernateSupport.class.getClassLoader();
        for (String requirement : required) {
            if (!present(requirement, loader)) {
                absent.add(requirement);
            }
        }
        return absent.isEmpty() ? "" : String.join(", ", absent);
    }

    private static MethodHandle sessionHandle(Class<?> event) throws ReflectiveOperationException {
        Method getter = event.getMethod("getSession");
        if (!SharedSessionContractImplementor.class.isAssignableFrom(getter.getReturnType())) {
            throw new NoSuchMethodException(event.getName() + ".getSession() returns " + getter.getReturnType());
        }
        return MethodHandles.publicLookup().unreflect(getter)
                .asType(MethodType.methodType(SharedSessionContractImplementor.class, Object.class));
    }

    private static boolean present(String requirement, ClassLoader loader) {
        try {
            int hash = requirement.indexOf('#');
            int open = requirement.indexOf('(');
            Class<?> type = Class.forName(requirement.substring(0, hash), false, loader);
            String name = requirement.substring(hash + 1, open);
            String list = requirement.substring(open + 1, requirement.length() - 1);
            List<Class<?>> parameters = new ArrayList<>();
            for (String parameter : list.isEmpty() ? new String[0] : list.split(",")) {
                parameters.add(type(parameter.strip(), loader));
            }
            type.getMethod(name, parameters.toArray(Class<?>[]::new));
            return true;
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
    }

    private static Class<?> type(String name, ClassLoader loader) throws ClassNotFoundException {
        if (name.endsWith("[]")) {
            return type(name.substring(0, name.length() - 2), loader).arrayType();
        }
        return Class.forName(name, false, loader);
    }

    /** The session of any Hibernate event, whichever {@code getSession()} this Hibernate declares. */
    static SharedSessionContractImplementor session(Object event) {
        try {
            return (SharedSessionContractImplementor) SESSION.get(event.getClass()).invokeExact(event);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** CDISIG-050: the adapter stands aside for a unit because this Hibernate lacks what it needs. */
    static void standAside(String unit, String absent) {
        if (!WARNED.add(unit + " " + absent)) {
            return;
        }
        LOG.warning("CDISIG-050: the cdi-signals Hibernate adapter cannot serve this Hibernate ORM "
                + version() + " and stands aside for persistence unit " + unit + "; it is missing: " + absent
                + ". The unit starts normally; the standard JPA listener still sends the save, delete and init"
                + " signals, but M2MChanged, ClassPrepared, ConnectionCreated, PreMigrate/PostMigrate, the dirty"
                + " fields and the removal origin are not reported.");
    }

    /** CDISIG-052: a call into Hibernate failed to link at run time; the adapter stops for the unit. */
    static void linkageFailed(String unit, String where, LinkageError error) {
        LOG.log(Level.WARNING, "CDISIG-052: the cdi-signals Hibernate adapter met a Hibernate ORM " + version()
                + " it was not built for (" + error + " in " + where + ") and stands aside for persistence unit "
                + unit + " from now on; the unit goes on working without the adapter's signals.", error);
    }

    static String version() {
        try {
            String version = org.hibernate.Version.getVersionString();
            return version == null ? "(unknown version)" : version;
        } catch (LinkageError e) {
            return "(unknown version)";
        }
    }
}
