package org.cdisignals;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;

/**
 * Finds an observer's veto inside whatever the platform wrapped it in. An observer vetoes by throwing (Django's
 * receivers raise); by the time the exception reaches the code that saved, a persistence provider, a transaction
 * interceptor or a transaction manager may have wrapped it as a cause ({@code PersistenceException},
 * {@code TransactionalException}, {@code EJBException}) or, when the flush runs at commit, added it as suppressed to
 * a checked {@code RollbackException} that a CDI proxy rethrows undeclared. Which wrapper, and how deep, differs per
 * server and per flush timing; this walk does not:
 *
 * <pre>{@code
 * try {
 *     questions.create(text);
 * } catch (Exception failure) {
 *     Optional<QuestionRejected> veto = Vetoes.find(failure, QuestionRejected.class);
 *     if (veto.isEmpty()) throw failure;
 *     answer(422, veto.get().getMessage());
 * }
 * }</pre>
 */
public final class Vetoes {

    private Vetoes() {
    }

    /**
     * The nearest exception of {@code vetoType} reachable from {@code failure} through causes and suppressed
     * exceptions, {@code failure} itself included: breadth-first, a throwable's cause before its suppressed ones in the
     * order they were added, so the exception closest to {@code failure} wins. Each throwable is visited once, so a
     * chain that refers back to itself ends. Empty when {@code failure} is null or nothing of that type is reachable.
     */
    public static <X extends Throwable> Optional<X> find(Throwable failure, Class<X> vetoType) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Queue<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable next = pending.remove();
            if (!seen.add(next)) {
                continue;
            }
            if (vetoType.isInstance(next)) {
                return Optional.of(vetoType.cast(next));
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            Collections.addAll(pending, next.getSuppressed());
        }
        return Optional.empty();
    }
}
