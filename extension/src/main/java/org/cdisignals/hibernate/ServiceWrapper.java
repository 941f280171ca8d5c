package org.cdisignals.hibernate;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;

import org.hibernate.service.Service;
import org.hibernate.service.spi.InjectService;
import org.hibernate.service.spi.ServiceRegistryAwareService;
import org.hibernate.service.spi.ServiceRegistryImplementor;

/**
 * A service Hibernate builds, wrapped so that a few of its methods are intercepted and every other one is passed to
 * the service Hibernate's own initiator chose. The wrapper is a dynamic proxy of the interfaces of the running
 * Hibernate, not a class compiled against one version: the same jar wraps {@code ConnectionProvider} and
 * {@code SchemaManagementTool} of Hibernate 6.6 and 7.x, whose methods differ (7 moved {@code GenerationTarget},
 * added read-only connections and more), and every method a later version adds is delegated too.
 *
 * <p>The service registry configures the object it built, which is the proxy: it implements the service's own
 * lifecycle interfaces ({@code Configurable}, {@code Startable}, {@code Stoppable}, ...), which are passed on, and
 * {@link ServiceRegistryAwareService}, where it applies the service's {@code @InjectService} setters as the
 * registry would have.
 */
final class ServiceWrapper implements InvocationHandler {

    /** The intercepted methods of one service; {@link #NOT_INTERCEPTED} passes a call on to the service. */
    interface Interceptor {
        Object NOT_INTERCEPTED = new Object();

        Object invoke(Method method, Object[] args) throws Throwable;
    }

    private final Object delegate;
    private final Interceptor interceptor;

    private ServiceWrapper(Object delegate, Interceptor interceptor) {
        this.delegate = delegate;
        this.interceptor = interceptor;
    }

    static <S extends Service> S wrap(Class<S> role, S delegate, Interceptor interceptor) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        interfaces.add(role);
        for (Class<?> type = delegate.getClass(); type != null; type = type.getSuperclass()) {
            collect(type, interfaces);
        }
        interfaces.add(ServiceRegistryAwareService.class);
        ClassLoader loader = delegate.getClass().getClassLoader();
        interfaces.removeIf(type -> !Modifier.isPublic(type.getModifiers()) || !visible(type, loader));
        return role.cast(Proxy.newProxyInstance(loader, interfaces.toArray(Class<?>[]::new),
                new ServiceWrapper(delegate, interceptor)));
    }

    private static void collect(Class<?> type, Set<Class<?>> interfaces) {
        for (Class<?> implemented : type.getInterfaces()) {
            if (interfaces.add(implemented)) {
                collect(implemented, interfaces);
            }
        }
    }

    private static boolean visible(Class<?> type, ClassLoader loader) {
        try {
            return Class.forName(type.getName(), false, loader) == type;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        int arity = method.getParameterCount();
        if (method.getDeclaringClass() == Object.class) {
            return switch (name) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "cdi-signals(" + delegate + ")";
            };
        }
        if (name.equals("injectServices") && arity == 1 && args[0] instanceof ServiceRegistryImplementor registry) {
            inject(registry);
            if (delegate instanceof ServiceRegistryAwareService aware) {
                aware.injectServices(registry);
            }
            return null;
        }
        if (name.equals("isUnwrappableAs") && arity == 1 && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
            return true;
        }
        if (name.equals("unwrap") && arity == 1 && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
            return proxy;
        }
        Object intercepted = interceptor.invoke(method, args);
        if (intercepted != Interceptor.NOT_INTERCEPTED) {
            return intercepted;
        }
        return call(delegate, method, args);
    }

    static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The delegate's {@code @InjectService} setters, which the registry looks for on the proxy it configures. */
    private void inject(ServiceRegistryImplementor registry) throws Throwable {
        for (Method setter : delegate.getClass().getMethods()) {
            InjectService injection = setter.getAnnotation(InjectService.class);
            if (injection == null || setter.getParameterCount() != 1) {
                continue;
            }
            // "No role given" is Void on Hibernate 6 and Service on 7: the role is then the setter's parameter type.
            Class<?> parameter = setter.getParameterTypes()[0];
            Class<?> declared = injection.serviceRole();
            Class<?> role = declared == Void.class || declared == Service.class ? parameter : declared;
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object service = registry.getService((Class) role);
            if (parameter.isInstance(service)) {
                call(delegate, setter, new Object[] {service});
            }
        }
    }
}
