package org.cdisignals.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Optional;

import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.persistence.Entity;

import org.cdisignals.Sender;
import org.cdisignals.model.ClassPrepared;

/**
 * Finds model-signal observers that can never be notified, and asynchronous observers of signals that cannot be
 * delivered asynchronously, so that deployment fails with a message naming them.
 */
final class ObserverValidator {

    private static final String MODEL_PACKAGE = ClassPrepared.class.getPackageName();

    private ObserverValidator() {
    }

    /** The problem with {@code method}, described as {@code observer}, if it has one. */
    static Optional<String> problem(ObserverMethod<?> method, String observer) {
        Type observed = method.getObservedType();
        Class<?> signal = LibrarySignals.of(observed);
        if (method.isAsync() && signal != null) {
            RecordComponent bound = LibrarySignals.boundToTheSendingThread(signal);
            if (bound != null) {
                return Optional.of(Messages.asyncObserverOfBoundSignal(observer, signal, bound.getName(), bound.getType()));
            }
        }
        Class<?> eventClass = rawClass(observed);
        if (eventClass == null || !MODEL_PACKAGE.equals(eventClass.getPackageName())) {
            return Optional.empty();
        }
        Class<?> sender = method.getObservedQualifiers().stream()
                .filter(Sender.class::isInstance).map(q -> ((Sender) q).value()).findFirst().orElse(null);
        if (sender == null) {
            return Optional.empty();
        }
        if (!sender.isAnnotationPresent(Entity.class)) {
            return Optional.of(Messages.senderNotAnEntity(observer, eventClass, sender));
        }
        if (observed instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> argument
                && argument != sender) {
            return Optional.of(Messages.senderContradictsType(observer, eventClass, sender, argument.getSimpleName()));
        }
        return Optional.empty();
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
