package org.cdisignals.admin;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;

/**
 * Reads, writes and converts entity attributes for the built-in actions. Names are checked against the JPA metamodel
 * first, so a submitted name can only ever reach a mapped attribute. Access goes through the getter or setter when
 * the class has one (so the entity's own logic runs) and through the field otherwise.
 */
final class Attributes {

    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.ofEntries(
            Map.entry(String.class, raw -> raw),
            Map.entry(Integer.class, Integer::valueOf), Map.entry(int.class, Integer::valueOf),
            Map.entry(Long.class, Long::valueOf), Map.entry(long.class, Long::valueOf),
            Map.entry(Short.class, Short::valueOf), Map.entry(short.class, Short::valueOf),
            Map.entry(Double.class, Double::valueOf), Map.entry(double.class, Double::valueOf),
            Map.entry(Float.class, Float::valueOf), Map.entry(float.class, Float::valueOf),
            Map.entry(Boolean.class, Attributes::parseBoolean), Map.entry(boolean.class, Attributes::parseBoolean),
            Map.entry(BigDecimal.class, BigDecimal::new), Map.entry(BigInteger.class, BigInteger::new),
            Map.entry(LocalDate.class, LocalDate::parse), Map.entry(LocalDateTime.class, LocalDateTime::parse),
            Map.entry(LocalTime.class, LocalTime::parse), Map.entry(Instant.class, Instant::parse),
            Map.entry(UUID.class, UUID::fromString));

    /** The prefixes of the field writers that EclipseLink's weaving and Hibernate's enhancement generate. */
    private static final List<String> ENHANCED_WRITERS = List.of("_persistence_set_", "$$_hibernate_write_");

    private Attributes() {
    }

    /** The basic (column) attribute {@code name} of {@code model}, or null when there is none. */
    static SingularAttribute<?, ?> basic(EntityManager em, Class<?> model, String name) {
        SingularAttribute<?, ?> attribute = singular(em.getMetamodel().entity(model), name);
        return attribute != null && attribute.getPersistentAttributeType() == PersistentAttributeType.BASIC
                ? attribute : null;
    }

    static SingularAttribute<?, ?> singular(EntityType<?> entity, String name) {
        return entity.getSingularAttributes().stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
    }

    static boolean convertible(Class<?> type) {
        return PARSERS.containsKey(type) || type.isEnum();
    }

    /** {@code raw} as a value of {@code type}; blank is null for non-primitive, non-string types. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object convert(String raw, Class<?> type) {
        if (type != String.class && raw.isBlank()) {
            if (type.isPrimitive()) {
                throw new IllegalArgumentException("blank");
            }
            return null;
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<Enum>) type, raw.trim());
        }
        Function<String, Object> parser = PARSERS.get(type);
        if (parser == null) {
            throw new IllegalArgumentException("unsupported type " + type);
        }
        try {
            return parser.apply(type == String.class ? raw : raw.trim());
        } catch (DateTimeParseException e) {
            // The java.time parsers are the ones that do not throw IllegalArgumentException; callers catch only that.
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static Object read(Object entity, String name) {
        Class<?> type = entity.getClass();
        String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String getter : new String[] {"get" + suffix, "is" + suffix}) {
            Method method = method(type, getter);
            if (method != null) {
                return invoke(method, entity);
            }
        }
        try {
            return field(type, name).get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(Object entity, String name, Class<?> type, Object value) {
        Class<?> owner = entity.getClass();
        String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
            try {
                Method method = c.getDeclaredMethod(setter, type);
                method.setAccessible(true);
                invoke(method, entity, value);
                return;
            } catch (NoSuchMethodException notHere) {
                // The setter may be declared by a superclass, or not exist: the field is written then.
            }
        }
        // Without a setter, a provider that tracks changes through enhanced classes (EclipseLink weaving on Payara,
        // Hibernate's bytecode enhancement) would not see a plain field write, and the update would be lost. Its
        // enhancer adds a writer that records the change; it is called when present.
        for (String writer : ENHANCED_WRITERS) {
            Method method = method(owner, writer + name, type);
            if (method != null) {
                invoke(method, entity, value);
                return;
            }
        }
        try {
            field(owner, name).set(entity, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Method method = c.getDeclaredMethod(name, parameters);
                method.setAccessible(true);
                return method;
            } catch (NoSuchMethodException notHere) {
                // Look further up the hierarchy.
            }
        }
        return null;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException notHere) {
                // Look further up the hierarchy.
            }
        }
        throw new IllegalStateException("no field " + name + " in " + type.getName());
    }

    private static Object invoke(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Boolean parseBoolean(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "on", "1", "yes" -> Boolean.TRUE;
            case "false", "off", "0", "no" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(raw);
        };
    }
}
