package org.cdisignals.internal;

import java.lang.reflect.Member;
import java.lang.reflect.Type;
import java.util.Set;

import jakarta.enterprise.inject.spi.Annotated;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.InjectionPoint;

/**
 * An injection point of type {@code Event<X>} for an {@code X} known only at run time. CDI's {@code TypeLiteral}
 * cannot express such a type, but the built-in {@code Event} bean takes its event type from the injection point,
 * so {@code BeanManager.getInjectableReference} with this yields an {@code Event} of exactly {@code X}.
 */
record EventInjectionPoint(Type type, Set<java.lang.annotation.Annotation> qualifiers) implements InjectionPoint {

    @Override
    public Type getType() {
        return type;
    }

    @Override
    public Set<java.lang.annotation.Annotation> getQualifiers() {
        return qualifiers;
    }

    @Override
    public Bean<?> getBean() {
        return null;
    }

    @Override
    public Member getMember() {
        return null;
    }

    @Override
    public Annotated getAnnotated() {
        return null;
    }

    @Override
    public boolean isDelegate() {
        return false;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
