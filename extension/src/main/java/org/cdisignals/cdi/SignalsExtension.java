package org.cdisignals.cdi;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import jakarta.enterprise.inject.spi.ProcessSyntheticObserverMethod;

import org.cdisignals.Signals;
import org.cdisignals.admin.AdminActions;
import org.cdisignals.test.Settings;

/**
 * The portable extension, in container order: registers the library's beans, indexes every observer method and
 * validates the model-signal ones, then starts the {@link Dispatcher} once the deployment is valid.
 */
public class SignalsExtension implements Extension {

    private final ObserverIndex index = new ObserverIndex();
    private final List<String> problems = new ArrayList<>();
    private final AdminBeans adminBeans = new AdminBeans();
    private Dispatcher dispatcher;

    void registerBeans(@Observes BeforeBeanDiscovery discovery, BeanManager beanManager) {
        discovery.addAnnotatedType(beanManager.createAnnotatedType(Signals.class), Signals.class.getName());
        discovery.addAnnotatedType(beanManager.createAnnotatedType(Settings.class), Settings.class.getName());
        // The admin signals carry the servlet request: in a Java SE application without the Servlet API the bean
        // could not even be loaded, and the rest of the library must still work there.
        if (servletApiPresent()) {
            discovery.addAnnotatedType(beanManager.createAnnotatedType(AdminActions.class), AdminActions.class.getName());
        }
    }

    void collectAdminBeans(@Observes ProcessBean<?> event) {
        adminBeans.offer(event.getBean());
    }

    /** The application's admin beans, for {@link AdminActions}. */
    public AdminBeans adminBeans() {
        return adminBeans;
    }

    void indexObserver(@Observes ProcessObserverMethod<?, ?> event) {
        ObserverMethod<?> method = event.getObserverMethod();
        String observer = describe(event);
        index.add(method, observer);
        ObserverValidator.problem(method, observer).ifPresent(problems::add);
    }

    void start(@Observes AfterDeploymentValidation validation, BeanManager beanManager) {
        problems.forEach(problem -> validation.addDeploymentProblem(new DeploymentException(problem)));
        if (problems.isEmpty()) {
            dispatcher = new Dispatcher(beanManager, index);
            SignalsRuntime.start(dispatcher, !webApplication(beanManager));
        }
    }

    /**
     * Whether a servlet context will start after the container, where the jar's web fragment releases the held
     * signals ({@link org.cdisignals.servlet.HeldSignalsListener}); false without the servlet API.
     */
    private static boolean webApplication(BeanManager beanManager) {
        try {
            return org.cdisignals.servlet.HeldSignalsListener.expected(beanManager);
        } catch (LinkageError noServletApi) {
            return false;
        }
    }

    void stop(@Observes BeforeShutdown shutdown) {
        SignalsRuntime.stop(dispatcher);
    }

    private static String describe(ProcessObserverMethod<?, ?> event) {
        if (event instanceof ProcessSyntheticObserverMethod<?, ?>) {
            return event.getObserverMethod().getBeanClass().getName() + " (synthetic observer)";
        }
        Method method = event.getAnnotatedMethod().getJavaMember();
        return method.getDeclaringClass().getName() + "." + method.getName();
    }

    private static boolean servletApiPresent() {
        try {
            Class.forName("jakarta.servlet.http.HttpServletRequest", false, SignalsExtension.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
