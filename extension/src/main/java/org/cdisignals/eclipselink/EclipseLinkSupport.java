package org.cdisignals.eclipselink;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;

/**
 * What the adapter needs of the EclipseLink it runs on, checked once at the first login before it changes anything,
 * and the one call whose binary signature differs between EclipseLink 4.0 and 5.0: {@code ClassDescriptor.getMappings()}
 * returns a {@code Vector} in 4.0 and a {@code List} in 5.0, so it is called through a handle resolved here. The jar
 * is compiled against 4.0; everything else it calls is the same in both. An adapter that finds something missing logs
 * {@code CDISIG-051} and stands aside: the unit starts as if it did not name the adapter.
 */
final class EclipseLinkSupport {

    private static final Logger LOG = Logger.getLogger("org.cdisignals.eclipselink");

    /** The provider methods the adapter calls, as {@code class#method(parameter types)}, by name and parameters. */
    private static final String[] REQUIRED = {
            "org.eclipse.persistence.descriptors.ClassDescriptor#getEventManager()",
            "org.eclipse.persistence.descriptors.DescriptorEventManager#getDefaultEventListeners()",
            "org.eclipse.persistence.descriptors.DescriptorEventManager#addListener(org.eclipse.persistence.descriptors.DescriptorEventListener)",
            "org.eclipse.persistence.descriptors.ClassDescriptor#getInheritancePolicy()",
            "org.eclipse.persistence.internal.jpa.metadata.listeners.EntityListener#getListenerClass()",
            "org.eclipse.persistence.internal.jpa.EntityManagerFactoryProvider#getEntityManagerSetupImpl(java.lang.String)",
            "org.eclipse.persistence.internal.jpa.EntityManagerSetupImpl#getPersistenceUnitInfo()",
            "org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet#getAllChangeSets()",
            "org.eclipse.persistence.internal.sessions.ObjectChangeSet#getChanges()",
            "org.eclipse.persistence.internal.sessions.ObjectChangeSet#getUnitOfWorkClone()",
            "org.eclipse.persistence.internal.sessions.CollectionChangeRecord#getAddObjectList()",
            "org.eclipse.persistence.internal.sessions.CollectionChangeRecord#getRemoveObjectList()",
            "org.eclipse.persistence.internal.sessions.UnitOfWorkImpl#isObjectDeleted(java.lang.Object)",
            "org.eclipse.persistence.internal.sessions.UnitOfWorkImpl#getNewObjectsCloneToOriginal()",
            "org.eclipse.persistence.internal.sessions.UnitOfWorkImpl#getDeletedObjects()",
            "org.eclipse.persistence.internal.sessions.RepeatableWriteUnitOfWork#isWithinFlush()",
            "org.eclipse.persistence.internal.sessions.RepeatableWriteUnitOfWork#writeChanges()",
            "org.eclipse.persistence.queries.WriteObjectQuery#getObjectChangeSet()",
            "org.eclipse.persistence.mappings.ManyToManyMapping#getRelationTable()",
            "org.eclipse.persistence.mappings.ForeignReferenceMapping#getRealAttributeValueFromObject(java.lang.Object,org.eclipse.persistence.internal.sessions.AbstractSession)",
            "org.eclipse.persistence.tools.schemaframework.SchemaManager#outputDDLToWriter(java.io.Writer)",
            "org.eclipse.persistence.tools.schemaframework.SchemaManager#replaceDefaultTables(boolean,boolean,boolean)",
    };

    private static volatile MethodHandle mappings;
    private static volatile String missing;
    // Each unit is warned once, although the provider may ask the adapter more than once per unit.
    private static final java.util.Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private EclipseLinkSupport() {
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

    /** What this EclipseLink lacks, or null when the adapter can serve it; computed once. */
    static String missing() {
        String known = missing;
        if (known == null) {
            known = check(REQUIRED);
            missing = known;
        }
        return known.isEmpty() ? null : known;
    }

    static String check(String... required) {
        List<String> absent = new ArrayList<>();
        try {
            Method getter = ClassDescriptor.class.getMethod("getMappings");
            if (!List.class.isAssignableFrom(getter.getReturnType())) {
                throw new NoSuchMethodException("ClassDescriptor.getMappings() returns " + getter.getReturnType());
            }
            mappings = MethodHandles.publicLookup().unreflect(getter)
                    .asType(MethodType.methodType(List.class, ClassDescriptor.class));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            absent.add("ClassDescriptor.getMappings() returning a List (" + e + ")");
        }
        // The adapter's own loader: it is the one the adapter's calls link through. EclipseLink's class loaders would
        // not do where EclipseLink is split into bundles (Payara, GlassFish): the core bundle sees no JPA class.
        ClassLoader loader = EclipseLinkSupport.class.getClassLoader();
        try {
            loader.loadClass("org.eclipse.persistence.tools.schemaframework.SchemaManager")
                    .getConstructor(loader.loadClass("org.eclipse.persistence.sessions.DatabaseSession"));
        } catch (ReflectiveOperationException | LinkageError e) {
            absent.add("SchemaManager(DatabaseSession)");
        }
        for (String requirement : required) {
            if (!present(requirement, loader)) {
                absent.add(requirement);
            }
        }
        return absent.isEmpty() ? "" : String.join(", ", absent);
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
        return switch (name) {
            case "boolean" -> boolean.class;
            case "int" -> int.class;
            default -> Class.forName(name, false, loader);
        };
    }

    /** The mappings of {@code descriptor}: a {@code Vector} on EclipseLink 4.0, a {@code List} on 5.0. */
    @SuppressWarnings("unchecked")
    static List<DatabaseMapping> mappings(ClassDescriptor descriptor) {
        try {
            return (List<DatabaseMapping>) mappings.invokeExact(descriptor);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** CDISIG-051: the adapter stands aside for a unit because this EclipseLink lacks what it needs. */
    static void standAside(String unit, String absent) {
        if (!WARNED.add(unit + " " + absent)) {
            return;
        }
        LOG.warning("CDISIG-051: the cdi-signals EclipseLink adapter cannot serve this EclipseLink " + version()
                + " and stands aside for persistence unit " + unit + "; it is missing: " + absent
                + ". The unit starts normally; the standard JPA listener still sends the save, delete and init"
                + " signals, but M2MChanged, PreInit, ClassPrepared, ConnectionCreated, PreMigrate/PostMigrate, the"
                + " unit, the dirty fields and the removal origin are not reported.");
    }

    /** CDISIG-053: a call into EclipseLink failed to link at run time; the adapter stops for the unit. */
    static void linkageFailed(String unit, String where, LinkageError error) {
        LOG.log(Level.WARNING, "CDISIG-053: the cdi-signals EclipseLink adapter met an EclipseLink " + version()
                + " it was not built for (" + error + " in " + where + ") and stands aside for persistence unit "
                + unit + " from now on; the unit goes on working without the adapter's signals.", error);
    }

    /**
     * Whether this EclipseLink raises {@code preFlushUnitOfWork}/{@code postFlushUnitOfWork}: from 4.0.4 on. Payara 6
     * ships 4.0.1 and GlassFish 7 4.0.3, where the adapter finds the flush by {@code isWithinFlush()} instead.
     */
    static boolean raisesFlushEvents() {
        try {
            org.eclipse.persistence.sessions.SessionEventListener.class.getMethod("preFlushUnitOfWork",
                    org.eclipse.persistence.sessions.SessionEvent.class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * CDISIG-054: a {@code Post*} observer wrote through the entity manager during an {@code em.flush()} (or a query's
     * flush) on an EclipseLink that raises no flush events: the flush cannot take those writes, and would lose them.
     */
    static IllegalStateException observersWroteDuringFlush(String unit) {
        return new IllegalStateException("CDISIG-054: a Post* observer wrote through the entity manager of"
                + " persistence unit " + unit + " during a flush; EclipseLink " + version() + " raises no flush"
                + " events (they came with 4.0.4), so the flush would drop what the observer wrote: the flush fails"
                + " instead. Let the commit flush (what observers write at the commit is written with it), or run on"
                + " EclipseLink 4.0.4 or later.");
    }

    static String version() {
        try {
            return org.eclipse.persistence.Version.getVersion();
        } catch (LinkageError e) {
            return "(unknown version)";
        }
    }
}
