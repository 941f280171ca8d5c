package org.cdisignals.eclipselink;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.cdisignals.jpa.SignalEntityListener;
import org.cdisignals.model.M2MChanged;
import org.cdisignals.model.PostDelete;
import org.cdisignals.model.PostSave;
import org.cdisignals.model.PreDelete;
import org.cdisignals.spi.ConnectionEmitter;
import org.cdisignals.spi.Emitter;
import org.cdisignals.spi.ModelEmitter;
import org.cdisignals.spi.UnitRoute;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEventListener;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.internal.jpa.metadata.listeners.EntityListener;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.RepeatableWriteUnitOfWork;
import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The EclipseLink adapter, activated by one persistence property:
 * {@code <property name="eclipselink.session-event-listener" value="org.cdisignals.eclipselink.EclipseLinkSignals"/>}.
 *
 * <p>At login it takes over the unit from the standard JPA listener (which knows neither the unit, nor the dirty
 * attributes, nor the removal root): it removes that listener from the unit's descriptors and installs its own
 * {@link LifecycleListener}, so every signal is fired once. It adds what JPA cannot see: {@code M2MChanged} from
 * the unit of work's change sets, {@code PreInit} before the {@code PostInit} of every entity it hands out loaded,
 * {@code ClassPrepared} for every entity type of the unit. It also sends {@code ConnectionCreated} for the
 * connections the unit connects and, through {@link SchemaMigration}, {@code PreMigrate}/{@code PostMigrate}.
 */
public class EclipseLinkSignals extends SessionEventAdapter {

    private static final String CHANGE_SET = "UnitOfWorkChangeSet";

    /** Rounds of observer writes one flush settles before it gives up. */
    static final int ROUNDS = 16;
    private static final ThreadLocal<Integer> ROUND = ThreadLocal.withInitial(() -> 0);
    private static final boolean FLUSH_EVENTS = EclipseLinkSupport.raisesFlushEvents();

    // Per unit of work; weak so that a unit of work abandoned after a failure takes its state with it.
    private final Map<Session, FlushState> flushes = new WeakHashMap<>();
    private String using;
    private LifecycleListener lifecycle;
    private SchemaMigration migration;
    // The container this unit's signals go to; set at login, before any callback runs.
    private UnitRoute route;
    // False when this EclipseLink cannot be served (CDISIG-051) or a call into it failed to link (CDISIG-053).
    private volatile boolean active = true;

    /**
     * Runs one callback of EclipseLink's unless the adapter stands aside. A linkage failure (an EclipseLink the jar
     * was not built for) stops the adapter for the unit instead of failing the application's login or commit;
     * an observer's exception is the application's and goes on to EclipseLink as before. What the callback sends
     * goes to the unit's container.
     */
    void guarded(String where, Runnable callback) {
        if (!active) {
            return;
        }
        try {
            route.run(callback);
        } catch (LinkageError e) {
            linkageFailed(where, e);
        }
    }

    boolean active() {
        return active;
    }

    void linkageFailed(String where, LinkageError error) {
        if (active) {
            active = false;
            EclipseLinkSupport.linkageFailed(using, where, error);
        }
    }

    @Override
    public void preLogin(SessionEvent event) {
        try {
            String missing = EclipseLinkSupport.missing();
            if (missing != null) {
                active = false;
                EclipseLinkSupport.standAside(PersistenceUnitNames.of(event.getSession()), missing);
                return;
            }
        } catch (LinkageError e) {
            linkageFailed("the login check", e);
            return;
        }
        // A unit that names no container while several run fails its login here (CDISIG-006).
        route = UnitRoute.open(PersistenceUnitNames.of(event.getSession()), event.getSession().getProperties());
        guarded("the login", () -> install(event.getSession()));
    }

    @Override
    public void postLogout(SessionEvent event) {
        if (route != null) {
            route.close();
        }
    }

    private void install(Session session) {
        using = PersistenceUnitNames.of(session);
        lifecycle = new LifecycleListener(using, this::flushState, this);
        migration = new SchemaMigration(using);
        Set<ClassDescriptor> observedRoots = observedRoots(session);
        for (ClassDescriptor descriptor : session.getProject().getOrderedDescriptors()) {
            if (isEntity(descriptor)) {
                descriptor.getEventManager().getDefaultEventListeners().removeIf(EclipseLinkSignals::isStandardListener);
                // Child descriptors notify their parent's listeners, so the root's listener covers a hierarchy.
                if (observedRoots.contains(descriptor)) {
                    descriptor.getEventManager().addListener(lifecycle);
                }
            }
        }
    }

    /**
     * The root descriptors whose hierarchy has a lifecycle observer. A hierarchy nobody observes gets no listener at
     * all, so EclipseLink does not even raise its events; when the unit starts before the container, observers are
     * not known yet and every hierarchy is listened to.
     */
    private static Set<ClassDescriptor> observedRoots(Session session) {
        Set<ClassDescriptor> roots = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean known = Emitter.running();
        for (ClassDescriptor descriptor : session.getProject().getOrderedDescriptors()) {
            if (isEntity(descriptor) && (!known || LifecycleListener.observes(descriptor.getJavaClass()))) {
                roots.add(root(descriptor, session));
            }
        }
        return roots;
    }

    private static ClassDescriptor root(ClassDescriptor descriptor, Session session) {
        ClassDescriptor current = descriptor;
        while (current.isChildDescriptor()) {
            current = session.getProject().getClassDescriptor(current.getInheritancePolicy().getParentClass());
        }
        return current;
    }

    @Override
    public void postLogin(SessionEvent event) {
        guarded("the login", () -> loggedIn(event));
    }

    private void loggedIn(SessionEvent event) {
        for (ClassDescriptor descriptor : event.getSession().getProject().getOrderedDescriptors()) {
            if (isEntity(descriptor)) {
                ModelEmitter.classPrepared(descriptor.getJavaClass(), using);
            }
        }
        migration.beforeGeneration((DatabaseSession) event.getSession());
    }

    /** Raised for every connection an accessor of the unit connects: pool growth, or the login's own connections. */
    @Override
    public void postConnect(SessionEvent event) {
        guarded("a connection", () -> ConnectionEmitter.obtained(((Accessor) event.getResult()).getConnection(), using));
    }

    /**
     * Raised at every checkout; the only event for a JTA unit on a server's data source, where EclipseLink connects
     * an accessor only at login (measured on Payara 6). A connection already announced is recognised by the emitter.
     */
    @Override
    public void postAcquireConnection(SessionEvent event) {
        guarded("a connection", () -> ConnectionEmitter.obtained(((Accessor) event.getResult()).getConnection(), using));
    }

    @Override
    public void postAcquireUnitOfWork(SessionEvent event) {
        if (active && migration.waiting()) {
            guarded("a unit of work", () -> migration.beforeFirstUse());
        }
    }

    @Override
    public void postCalculateUnitOfWorkChangeSet(SessionEvent event) {
        if (tracking()) {
            guarded("a flush", () -> changesCalculated(event));
        }
    }

    private void changesCalculated(SessionEvent event) {
        UnitOfWorkImpl unitOfWork = (UnitOfWorkImpl) event.getSession();
        UnitOfWorkChangeSet changes = (UnitOfWorkChangeSet) event.getProperty(CHANGE_SET);
        FlushState existing = existingFlushState(unitOfWork);
        // hasChanges() and getCurrentChanges() calculate change sets too: only a flush's or a commit's is written.
        if (changes == null || existing == null || !existing.isWriting()) {
            return;
        }
        // Reading every change of the flush is only worth it when someone listens.
        if (ModelEmitter.observedFromAnySender(PreDelete.class)) {
            FlushState state = flushState(unitOfWork);
            for (Object orphan : Orphans.of(changes)) {
                lifecycle.orphaned(orphan, state);
            }
        }
        if (ModelEmitter.observedFromAnySender(M2MChanged.class)) {
            flushState(unitOfWork).collectionChanges(ManyToManyChanges.of(changes, unitOfWork, using));
        }
    }

    // Raised from EclipseLink 4.0.4 on: no @Override, so that the adapter also links against the 4.0.1 of Payara 6.
    public void preFlushUnitOfWork(SessionEvent event) {
        if (tracking()) {
            guarded("a flush", () -> flushBegins(event.getSession()));
        }
    }

    private void flushBegins(Session unitOfWork) {
        FlushState state = flushState(unitOfWork);
        // What a failed flush left waiting is not sent: its SQL was rolled back with it.
        state.takeWaiting();
        state.flushing();
    }

    /** Without flush events (EclipseLink before 4.0.4), a flush is told by the unit of work's own flag. */
    @Override
    public void preCalculateUnitOfWorkChangeSet(SessionEvent event) {
        if (!FLUSH_EVENTS && tracking()) {
            guarded("a flush", () -> {
                Session unitOfWork = event.getSession();
                if (unitOfWork instanceof RepeatableWriteUnitOfWork repeatable && repeatable.isWithinFlush()) {
                    FlushState state = existingFlushState(unitOfWork);
                    if (state == null || !state.isSettling()) {
                        flushBegins(unitOfWork);
                    }
                }
            });
        }
    }

    /**
     * At a commit, the signals of the SQL it is about to write could only be sent where what their observers write
     * is lost (a unit of work takes what is registered during its commit as written), so everything is flushed
     * first, where it can be: the commit then writes what nobody observes or nothing.
     */
    @Override
    public void preCommitUnitOfWork(SessionEvent event) {
        if (!tracking()) {
            return;
        }
        guarded("a commit", () -> {
            Session unitOfWork = event.getSession();
            if (unitOfWork instanceof RepeatableWriteUnitOfWork repeatable && observersMayWrite()) {
                if (FLUSH_EVENTS) {
                    repeatable.writeChanges();
                } else {
                    settle(repeatable);
                }
            }
            FlushState state = flushState(unitOfWork);
            state.takeWaiting();
            state.writing();
        });
    }

    /**
     * The commit's flush on an EclipseLink without flush events: each round flushes, then, the unit of work resumed,
     * sends the round's signals; what their observers wrote is the next round's.
     */
    private void settle(RepeatableWriteUnitOfWork unitOfWork) {
        for (int round = 0; round <= ROUNDS; round++) {
            flushState(unitOfWork).settling();
            unitOfWork.writeChanges();
            FlushState state = existingFlushState(unitOfWork);
            end(unitOfWork);
            List<Runnable> waiting = state == null ? List.of() : state.takeWaiting();
            if (waiting.isEmpty()) {
                return;
            }
            waiting.forEach(Runnable::run);
        }
        throw ModelEmitter.observersKeptWriting(using, ROUNDS);
    }

    @Override
    public void prepareUnitOfWork(SessionEvent event) {
        if (!tracking()) {
            return;
        }
        guarded("a flush", () -> {
            FlushState state = existingFlushState(event.getSession());
            if (state != null) {
                state.collectionsWritten((AbstractSession) event.getSession());
                if (!state.isFlush()) {
                    // A commit's own SQL: its signals cannot wait for a moment that does not come before the commit.
                    state.takeWaiting().forEach(Runnable::run);
                } else if (!FLUSH_EVENTS && !state.isSettling()) {
                    // The application's flush, on an EclipseLink that will not say when it ends: now or never.
                    end(event.getSession());
                    sendDuringFlush((UnitOfWorkImpl) event.getSession(), state.takeWaiting());
                }
            }
        });
    }

    /**
     * Sends a flush's signals inside the flush, where the unit of work cannot take new writes: an observer that
     * persists or removes fails the flush ({@code CDISIG-054}) rather than lose its write.
     */
    private void sendDuringFlush(UnitOfWorkImpl unitOfWork, List<Runnable> waiting) {
        int before = writes(unitOfWork);
        waiting.forEach(Runnable::run);
        if (writes(unitOfWork) != before) {
            throw EclipseLinkSupport.observersWroteDuringFlush(using);
        }
    }

    private static int writes(UnitOfWorkImpl unitOfWork) {
        return (unitOfWork.hasNewObjects() ? unitOfWork.getNewObjectsCloneToOriginal().size() : 0)
                + (unitOfWork.hasDeletedObjects() ? unitOfWork.getDeletedObjects().size() : 0);
    }

    /**
     * A flush has written its SQL: its waiting signals are sent, and what their observers wrote is flushed in a
     * further round, until they write nothing more ({@code CDISIG-040} after {@link #ROUNDS}).
     */
    // Raised from EclipseLink 4.0.4 on (see preFlushUnitOfWork).
    public void postFlushUnitOfWork(SessionEvent event) {
        if (tracking()) {
            guarded("a flush", () -> flushed(event.getSession()));
        }
    }

    private void flushed(Session unitOfWork) {
        FlushState state = existingFlushState(unitOfWork);
        end(unitOfWork);
        if (state == null) {
            return;
        }
        List<Runnable> waiting = state.takeWaiting();
        if (waiting.isEmpty()) {
            return;
        }
        // EclipseLink resumes the unit of work right after this event, taking every object registered as new by
        // then as written; resuming first makes what the observers persist new objects of the next round.
        ((UnitOfWorkImpl) unitOfWork).resumeUnitOfWork();
        waiting.forEach(Runnable::run);
        if (unitOfWork instanceof RepeatableWriteUnitOfWork repeatable) {
            int round = ROUND.get();
            if (round >= ROUNDS) {
                throw ModelEmitter.observersKeptWriting(using, ROUNDS);
            }
            ROUND.set(round + 1);
            try {
                repeatable.writeChanges();
            } finally {
                ROUND.set(round);
            }
        }
    }

    /**
     * Whether a flush or commit has anything to keep: the signals sent after SQL, or removal origins. Checked before
     * anything is allocated, so that a unit nobody observes pays a few reads per flush and commit.
     */
    private boolean tracking() {
        return active && route.test(EclipseLinkSignals::keepsAnything);
    }

    private static boolean keepsAnything() {
        return observersMayWrite() || ModelEmitter.observedFromAnySender(PreDelete.class);
    }

    private static boolean observersMayWrite() {
        return ModelEmitter.observedFromAnySender(PostSave.class) || ModelEmitter.observedFromAnySender(PostDelete.class)
                || ModelEmitter.observedFromAnySender(M2MChanged.class);
    }

    @Override
    public void postCommitUnitOfWork(SessionEvent event) {
        end(event.getSession());
    }

    @Override
    public void postReleaseUnitOfWork(SessionEvent event) {
        end(event.getSession());
    }

    private FlushState flushState(Session unitOfWork) {
        synchronized (flushes) {
            return flushes.computeIfAbsent(unitOfWork, uow -> new FlushState());
        }
    }

    private FlushState existingFlushState(Session unitOfWork) {
        synchronized (flushes) {
            return flushes.get(unitOfWork);
        }
    }

    private void end(Session unitOfWork) {
        synchronized (flushes) {
            flushes.remove(unitOfWork);
        }
    }

    private static boolean isEntity(ClassDescriptor descriptor) {
        return !descriptor.isAggregateDescriptor() && !descriptor.isAggregateCollectionDescriptor()
                && !descriptor.isDescriptorForInterface();
    }

    private static boolean isStandardListener(DescriptorEventListener listener) {
        return listener instanceof EntityListener<?> jpa && jpa.getListenerClass() == SignalEntityListener.class;
    }
}
