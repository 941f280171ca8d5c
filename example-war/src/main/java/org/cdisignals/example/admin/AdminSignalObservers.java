package org.cdisignals.example.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.cdisignals.admin.AdminActionEnd;
import org.cdisignals.admin.AdminActionRequested;
import org.cdisignals.admin.AdminActionStart;
import org.cdisignals.example.signals.SignalLog;

/** The three admin signals of every entity and action, written into the {@link SignalLog}. */
@ApplicationScoped
public class AdminSignalObservers {

    @Inject
    SignalLog log;

    void requested(@Observes AdminActionRequested<?> e) {
        log.record("adminaction_requested " + e.sender().getSimpleName() + " " + e.action() + " "
                + e.queryset().ids().size() + " by " + user(e.request()));
    }

    void start(@Observes AdminActionStart<?> e) {
        log.record("adminaction_start " + e.sender().getSimpleName() + " " + e.action() + " " + e.form().cleaned());
    }

    void end(@Observes AdminActionEnd<?> e) {
        log.record("adminaction_end " + e.sender().getSimpleName() + " " + e.action() + " updated=" + e.updated());
    }

    private static String user(HttpServletRequest request) {
        return request == null || request.getUserPrincipal() == null ? "-" : request.getUserPrincipal().getName();
    }
}
