package org.cdisignals.admin.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import org.cdisignals.admin.AdminAction;
import org.cdisignals.admin.ModelAdmin;

/**
 * The application's {@link ModelAdmin} and {@link AdminAction} beans, collected while the container discovers beans.
 * Looking them up by type from the library would not do: where the jar is a bean archive of its own (Payara), it sees
 * only the beans of archives it depends on, and the application's classes are not among them.
 */
final class AdminBeans {

    private final List<Bean<?>> modelAdmins = new CopyOnWriteArrayList<>();
    private final List<Bean<?>> actions = new CopyOnWriteArrayList<>();

    void offer(Bean<?> bean) {
        for (Type type : bean.getTypes()) {
            Type raw = type instanceof ParameterizedType parameterized ? parameterized.getRawType() : type;
            if (raw == ModelAdmin.class) {
                modelAdmins.add(bean);
            } else if (raw == AdminAction.class) {
                actions.add(bean);
            }
        }
    }

    /** A reference to every {@link ModelAdmin} bean. */
    List<ModelAdmin<?>> modelAdmins(BeanManager beanManager) {
        return references(modelAdmins, ModelAdmin.class, beanManager);
    }

    /** A reference to every {@link AdminAction} bean. */
    List<AdminAction> actions(BeanManager beanManager) {
        return references(actions, AdminAction.class, beanManager);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> references(List<Bean<?>> beans, Class<?> raw, BeanManager beanManager) {
        List<T> references = new ArrayList<>();
        beans.forEach(bean -> references.add((T) reference(bean, raw, beanManager)));
        return references;
    }

    private static Object reference(Bean<?> bean, Class<?> raw, BeanManager beanManager) {
        Type type = bean.getTypes().stream()
                .filter(t -> t == raw || t instanceof ParameterizedType p && p.getRawType() == raw)
                .findFirst().orElseThrow();
        return beanManager.getReference(bean, type, beanManager.createCreationalContext(bean));
    }
}
