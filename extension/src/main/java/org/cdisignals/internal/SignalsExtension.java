package org.cdisignals.internal;

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
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import jakarta.enterprise.inject.spi.ProcessSyntheticObserverMethod;

import org.cdisignals.settings.Settings;

/**
 * The core portable extension, in container order: registers the {@code Signals} and {@code Settings} beans, indexes
 * every observer method and validates the model-signal ones, then starts the {@link Dispatcher} once the deployment is
 * valid. The admin is an extension of its own ({@code org.cdisignals.admin.internal.AdminExtension}).
 */
public class SignalsExtension implements Extension {

    private final ObserverIndex index = new ObserverIndex();
    private final TransactionPhases phases = new TransactionPhases();
    private final List<String> problems = new ArrayList<>();
    // Read by the bindings of this container's units from the provider's threads.
    private volatile Dispatcher dispatcher;

    void registerBeans(@Observes BeforeBeanDiscovery discovery, BeanManager beanManager) {
        discovery.addAnnotatedType(beanManager.createAnnotatedType(SignalsBean.class), SignalsBean.class.getName());
        discovery.addAnnotatedType(beanManager.createAnnotatedType(Settings.class), Settings.class.getName());
    }

    void indexObserver(@Observes ProcessObserverMethod<?, ?> event) {
        ObserverMethod<?> method = event.getObserverMethod();
        String observer = describe(event);
        index.add(method, observer);
        ObserverValidator.problem(method, observer).ifPresent(problems::add);
        if (TransactionPhases.keepsPhaseOf(method)) {
            phases.keepPhase(event.configureObserverMethod(), method, observer);
        }
    }

    void start(@Observes AfterDeploymentValidation validation, BeanManager beanManager) {
        problems.forEach(problem -> validation.addDeploymentProblem(new DeploymentException(problem)));
        if (problems.isEmpty()) {
            phases.start(beanManager);
            // Set first: the runtime asks the bindings of this container's units for it as it starts.
            dispatcher = new Dispatcher(beanManager, index, phases);
            if (!SignalsRuntime.start(dispatcher, !webApplication(beanManager))) {
                dispatcher = null;
                validation.addDeploymentProblem(new DeploymentException(Messages.anotherContainerRuns()));
            }
        }
    }

    /**
     * Whether a servlet context will start after the container, where the jar's web fragment releases the held
     * signals ({@link HeldSignalsListener}); false without the servlet API.
     */
    private static boolean webApplication(BeanManager beanManager) {
        try {
            return HeldSignalsListener.expected(beanManager);
        } catch (LinkageError noServletApi) {
            return false;
        }
    }

    /** This container's running dispatcher, or null before it has started or after its shutdown. */
    Dispatcher dispatcher() {
        return dispatcher;
    }

    void stop(@Observes BeforeShutdown shutdown) {
        Dispatcher stopping = dispatcher;
        // Cleared first, so that the runtime no longer finds it through this container's units.
        dispatcher = null;
        SignalsRuntime.stop(stopping);
    }

    private static String describe(ProcessObserverMethod<?, ?> event) {
        if (event instanceof ProcessSyntheticObserverMethod<?, ?>) {
            return event.getObserverMethod().getBeanClass().getName() + " (synthetic observer)";
        }
        Method method = event.getAnnotatedMethod().getJavaMember();
        return method.getDeclaringClass().getName() + "." + method.getName();
    }
}
