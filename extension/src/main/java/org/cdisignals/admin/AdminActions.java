package org.cdisignals.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import jakarta.servlet.http.HttpServletRequest;

import org.cdisignals.spi.Emitter;

/**
 * The admin-action runner, an application-scoped bean the admin's extension registers; inject it. {@link #request} is "Go": it checks the action and the
 * selection and sends {@link AdminActionRequested}; {@link ActionRun#apply} is "Apply". The caller brings the
 * {@link EntityManager} the action works with and the {@link Transactions} it runs in.
 *
 * <pre>{@code
 * ActionRun<Question> run = admin.request(Question.class, "mass_update", ids, em, Transactions.resourceLocal(em), null);
 * ActionOutcome outcome = run.stopped().orElseGet(() -> run.apply(Map.of("questionText", "Closed")));
 * }</pre>
 */
public class AdminActions {

    private static final List<AdminAction> BUILT_IN =
            List.of(new MassUpdate(), new ExportCsv(), new ExportJson(), new Merge());

    private final Supplier<List<ModelAdmin<?>>> modelAdminBeans;
    private final Supplier<List<AdminAction>> actionBeans;
    // Looked up once: the beans are the application's, known when the container started.
    private volatile List<ModelAdmin<?>> modelAdmins;
    private volatile Map<String, AdminAction> actions;

    /**
     * A runner over the application's {@link ModelAdmin} and {@link AdminAction} beans, which the suppliers give on
     * first use; the admin's extension creates the bean this way (a test may too).
     */
    public AdminActions(Supplier<List<ModelAdmin<?>>> modelAdmins, Supplier<List<AdminAction>> actions) {
        this.modelAdminBeans = Objects.requireNonNull(modelAdmins, "modelAdmins");
        this.actionBeans = Objects.requireNonNull(actions, "actions");
    }

    /** For the container's client proxy only: a proxy delegates every call to the bean. */
    protected AdminActions() {
        this.modelAdminBeans = List::of;
        this.actionBeans = List::of;
    }

    /**
     * Starts a run of {@code action} on the rows of {@code model} with {@code ids} (ids as submitted, strings or
     * typed): an unknown action, a malformed id, an empty selection or ids that do not exist stop it with
     * {@link ActionOutcome.Status#INVALID} and send nothing; otherwise {@link AdminActionRequested} is sent, and an
     * observer's {@link ActionInterrupted} stops it with its message.
     *
     * @param request the HTTP request, or null when run programmatically; handed to observers as is
     * @throws IllegalArgumentException when no {@link ModelAdmin} bean describes {@code model}
     */
    public <T> ActionRun<T> request(Class<T> model, String action, Collection<?> ids, EntityManager em,
                                    Transactions transactions, HttpServletRequest request) {
        ModelAdmin<T> modelAdmin = modelAdmin(model);
        Optional<String> unsupported = unsupported(model, em);
        if (unsupported.isPresent()) {
            return ActionRun.refused(ActionOutcome.invalid(Map.of(ActionForm.NON_FIELD, unsupported.get())));
        }
        AdminAction implementation = modelAdmin.actions().contains(action) ? actions().get(action) : null;
        if (implementation == null) {
            return ActionRun.refused(ActionOutcome.invalid(
                    Map.of(ActionForm.NON_FIELD, Messages.unknownAction(action, model))));
        }
        Class<?> idType = em.getMetamodel().entity(model).getIdType().getJavaType();
        List<Object> typedIds = new ArrayList<>();
        for (Object id : ids) {
            try {
                typedIds.add(idType.isInstance(id) ? id : Attributes.convert(String.valueOf(id), idType));
            } catch (IllegalArgumentException e) {
                return ActionRun.refused(ActionOutcome.invalid(Map.of(ActionForm.NON_FIELD, Messages.badId(id, idType))));
            }
        }
        if (typedIds.contains(null) || typedIds.isEmpty()) {
            return ActionRun.refused(ActionOutcome.invalid(Map.of(ActionForm.NON_FIELD, Messages.emptySelection())));
        }
        Selection<T> selection = new Selection<>(em, model, typedIds);
        try {
            List<Object> missing = selection.missing();
            if (!missing.isEmpty()) {
                return ActionRun.refused(ActionOutcome.invalid(
                        Map.of(ActionForm.NON_FIELD, Messages.missingRows(model, missing))));
            }
            fire(AdminActionRequested.class, model, action,
                    () -> new AdminActionRequested<>(model, action, request, selection, modelAdmin));
        } catch (RuntimeException e) {
            return ActionRun.refused(ActionRun.stoppedBy(action, e, em));
        }
        return new ActionRun<>(implementation, new ActionContext<>(selection, modelAdmin, em, this, request), transactions, request);
    }

    /**
     * Why the admin cannot serve {@code model}, or empty when it can: its ids must be one basic value per row
     * ({@code CDISIG-116} for an {@code @IdClass} or {@code @EmbeddedId}), since the pages carry them as checkbox
     * values and the actions bind them as Criteria parameters.
     */
    public Optional<String> unsupported(Class<?> model, EntityManager em) {
        EntityType<?> entity = em.getMetamodel().entity(model);
        return entity.hasSingleIdAttribute() && Attributes.convertible(entity.getIdType().getJavaType())
                ? Optional.empty() : Optional.of(Messages.compositeId(model));
    }

    /** Every {@link ModelAdmin} bean, ordered by slug. */
    public List<ModelAdmin<?>> modelAdmins() {
        List<ModelAdmin<?>> found = modelAdmins;
        if (found == null) {
            found = modelAdminBeans.get().stream()
                    .sorted(Comparator.comparing((ModelAdmin<?> admin) -> admin.slug())).toList();
            modelAdmins = found;
        }
        return found;
    }

    /** The {@link ModelAdmin} bean of {@code model}. */
    @SuppressWarnings("unchecked")
    public <T> ModelAdmin<T> modelAdmin(Class<T> model) {
        for (ModelAdmin<?> admin : modelAdmins()) {
            if (admin.model() == model) {
                return (ModelAdmin<T>) admin;
            }
        }
        throw new IllegalArgumentException(Messages.noModelAdmin(model));
    }

    /** The built-in actions and the application's, by name; an application's action replaces a built-in namesake. */
    public Map<String, AdminAction> actions() {
        Map<String, AdminAction> byName = actions;
        if (byName == null) {
            Map<String, AdminAction> found = new HashMap<>();
            BUILT_IN.forEach(action -> found.put(action.name(), action));
            actionBeans.get().forEach(action -> found.put(action.name(), action));
            byName = Map.copyOf(found);
            actions = byName;
        }
        return byName;
    }

    /** Fires an admin signal qualified {@code @Sender(model) @Action(action)}, built only if someone observes it. */
    static void fire(Class<?> eventClass, Class<?> model, String action, Supplier<Object> event) {
        Emitter.requireRunning();
        Emitter.send(eventClass, model, Set.of(Action.Literal.of(action)), event);
    }
}
