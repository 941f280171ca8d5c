package org.cdisignals.admin.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessBean;

import org.cdisignals.admin.AdminActions;

/**
 * The admin's own portable extension, in container order: collects the application's {@code ModelAdmin} and
 * {@code AdminAction} beans while the container discovers them, then adds the {@link AdminActions} bean over them.
 * It does nothing in an application without the Servlet API: the admin signals carry the servlet request, so the
 * bean could not even be loaded there, and the rest of the library must still work.
 */
public class AdminExtension implements Extension {

    private final boolean servletApi = servletApiPresent();
    private final AdminBeans beans = new AdminBeans();

    void collectAdminBeans(@Observes ProcessBean<?> event) {
        if (servletApi) {
            beans.offer(event.getBean());
        }
    }

    void addAdminActions(@Observes AfterBeanDiscovery discovery, BeanManager beanManager) {
        if (servletApi) {
            discovery.addBean()
                    .beanClass(AdminActions.class)
                    .types(AdminActions.class, Object.class)
                    .qualifiers(Default.Literal.INSTANCE, Any.Literal.INSTANCE)
                    .scope(ApplicationScoped.class)
                    .createWith(context -> new AdminActions(
                            () -> beans.modelAdmins(beanManager), () -> beans.actions(beanManager)));
        }
    }

    private static boolean servletApiPresent() {
        try {
            Class.forName("jakarta.servlet.http.HttpServletRequest", false, AdminExtension.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
