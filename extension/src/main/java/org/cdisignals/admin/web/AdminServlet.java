package org.cdisignals.admin.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cdisignals.admin.ActionOutcome;
import org.cdisignals.admin.ActionRun;
import org.cdisignals.admin.AdminActions;
import org.cdisignals.admin.ModelAdmin;
import org.cdisignals.admin.ActionField;
import org.cdisignals.admin.ActionResult;

/**
 * The admin pages. An application maps this servlet and protects its URL with servlet security; nothing is registered
 * on its own, because an admin must never be reachable by accident:
 *
 * <pre>{@code
 * <servlet><servlet-name>admin</servlet-name><servlet-class>org.cdisignals.admin.web.AdminServlet</servlet-class></servlet>
 * <servlet-mapping><servlet-name>admin</servlet-name><url-pattern>/admin/*</url-pattern></servlet-mapping>
 * <security-constraint>…<url-pattern>/admin/*</url-pattern>…<auth-constraint><role-name>staff</role-name>…
 * }</pre>
 *
 * Pages, below the mapping: {@code /} lists the entities the user may administer; {@code /{slug}/} is a changelist;
 * {@code POST /{slug}/action} without {@code apply} is "Go" (sends {@code AdminActionRequested}, shows the action's
 * form), with {@code apply} is "Apply" (sends {@code AdminActionRequested} again, as django-adminactions does, then
 * {@code AdminActionStart}, runs the action, sends {@code AdminActionEnd}) and redirects to the changelist with the
 * result, or hands out the export. A user without the {@link ModelAdmin#requiredRole()}, or without the
 * {@link ModelAdmin#requiredRole(String)} of the action asked for, gets 403; so does every POST without the session's
 * CSRF token, before anything is read. A refused request (bad input) answers 400; an observer's veto redirects with
 * its message. Every answer carries anti-framing and no-sniffing headers.
 */
public class AdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AdminServlet.class.getName());
    private static final String SELECTED = "_selected_action";
    private static final String INCLUDE = "_include";
    private static final Set<String> CONTROLS = Set.of(Csrf.FIELD, "action", SELECTED, "apply", INCLUDE);
    /**
     * No framing by anyone ({@code frame-ancestors} is what browsers honour; {@code X-Frame-Options} for older ones),
     * and, since the pages are plain HTML with one inline style sheet, nothing else loaded and forms posted only here.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Inject
    transient AdminActions admin;

    @Inject
    transient Instance<AdminPersistence> persistence;

    /**
     * Every answer of the admin, downloads and errors included, forbids framing (clickjacking: a page of another site
     * must not overlay an "Apply" button) and content sniffing (an export must stay the download it says it is). An
     * unexpected failure is answered with a page that names its root cause, never the container's stack trace.
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        secure(response);
        try {
            super.service(request, response);
        } catch (RuntimeException e) {
            String message = Messages.pageFailed(e);
            LOG.log(Level.WARNING, message, e);
            if (response.isCommitted()) {
                throw e;
            }
            // Whatever the failed page had set (a download's headers) goes; the security headers come back.
            response.reset();
            secure(response);
            page(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Server error",
                    "<p class=\"errorlist\">" + Html.escape(message) + "</p>\n");
        }
    }

    private static void secure(HttpServletResponse response) {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (!authenticated(request, response)) {
            return;
        }
        String path = request.getPathInfo();
        if (path == null) {
            redirect(response, home(request));
            return;
        }
        if (path.equals("/")) {
            index(request, response);
            return;
        }
        String[] parts = segments(path);
        ModelAdmin<?> modelAdmin = parts.length <= 2 ? modelAdmin(parts[0]) : null;
        if (modelAdmin == null) {
            notFound(request, response);
        } else if (!permitted(request, response, modelAdmin) || !supported(request, response, modelAdmin)) {
            return;
        } else if (parts.length == 1 || parts[1].equals("action")) {
            redirect(response, changeList(request, modelAdmin));
        } else if (parts[1].isEmpty()) {
            changeList(request, response, modelAdmin);
        } else {
            notFound(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (!authenticated(request, response)) {
            return;
        }
        if (!Csrf.verify(request)) {
            page(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "<p class=\"errorlist\">" + Html.escape(Messages.csrfFailed()) + "</p>\n");
            return;
        }
        String path = request.getPathInfo();
        String[] parts = path == null ? new String[0] : segments(path);
        ModelAdmin<?> modelAdmin = parts.length == 2 && parts[1].equals("action") ? modelAdmin(parts[0]) : null;
        if (modelAdmin == null) {
            notFound(request, response);
        } else if (permitted(request, response, modelAdmin) && supported(request, response, modelAdmin)) {
            action(request, response, modelAdmin);
        }
    }

    private void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder body = new StringBuilder("<ul class=\"models\">");
        EntityManager em = persistence().entityManager();
        for (ModelAdmin<?> modelAdmin : admin.modelAdmins()) {
            if (hasRole(request, modelAdmin.requiredRole()) && admin.unsupported(modelAdmin.model(), em).isEmpty()) {
                body.append("<li><a href=\"").append(Html.escape(modelAdmin.slug())).append("/\">")
                        .append(Html.escape(modelAdmin.model().getSimpleName())).append("</a></li>");
            }
        }
        page(request, response, HttpServletResponse.SC_OK, "Site administration", body.append("</ul>\n").toString());
    }

    private void changeList(HttpServletRequest request, HttpServletResponse response, ModelAdmin<?> modelAdmin)
            throws IOException {
        AdminPersistence persistence = persistence();
        int page;
        try {
            page = Integer.parseInt(request.getParameter("page") == null ? "1" : request.getParameter("page"));
        } catch (NumberFormatException e) {
            page = 1;
        }
        page(request, response, HttpServletResponse.SC_OK, ChangeListPage.title(modelAdmin),
                ChangeListPage.body(modelAdmin, persistence.entityManager(), allowedActions(request, modelAdmin), page,
                        Csrf.token(request)));
    }

    /** "Go" and "Apply": both start with the selection and {@code AdminActionRequested}, as in django-adminactions. */
    private <T> void action(HttpServletRequest request, HttpServletResponse response, ModelAdmin<T> modelAdmin)
            throws IOException {
        String action = request.getParameter("action");
        if (action == null || action.isBlank()) {
            notApplied(request, response, Map.of("action", Messages.noActionChosen()));
            return;
        }
        String role = modelAdmin.actions().contains(action) ? modelAdmin.requiredRole(action) : null;
        if (!hasRole(request, role)) {
            page(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "<p class=\"errorlist\">"
                    + Html.escape(Messages.actionPermissionDenied(role, action, modelAdmin.model())) + "</p>\n");
            return;
        }
        List<String> ids = values(request, SELECTED);
        AdminPersistence persistence = persistence();
        ActionRun<T> run = admin.request(modelAdmin.model(), action, ids, persistence.entityManager(), persistence,
                request);
        boolean apply = request.getParameter("apply") != null;
        if (run.stopped().isPresent()) {
            ActionOutcome stopped = run.stopped().get();
            if (stopped.status() == ActionOutcome.Status.INVALID) {
                notApplied(request, response, stopped.errors());
            } else {
                finish(request, response, modelAdmin, stopped);
            }
            return;
        }
        List<ActionField> fields = run.fields();
        String title = ActionFormPage.title(modelAdmin, action, run.selection().ids().size());
        if (!apply) {
            page(request, response, HttpServletResponse.SC_OK, title, ActionFormPage.body(action,
                    run.selection().ids(), fields, null, Set.of(), Map.of(), Csrf.token(request)));
            return;
        }
        Set<String> included = new LinkedHashSet<>(values(request, INCLUDE));
        Map<String, String> raw = submitted(request, fields, included);
        ActionOutcome outcome = run.apply(raw);
        if (outcome.status() == ActionOutcome.Status.INVALID) {
            page(request, response, HttpServletResponse.SC_BAD_REQUEST, title, ActionFormPage.body(action,
                    run.selection().ids(), fields, raw, included, outcome.errors(), Csrf.token(request)));
        } else {
            finish(request, response, modelAdmin, outcome);
        }
    }

    /** A request that was refused before any form: 400, the errors, and the way back. */
    private static void notApplied(HttpServletRequest request, HttpServletResponse response, Map<String, String> errors)
            throws IOException {
        page(request, response, HttpServletResponse.SC_BAD_REQUEST, "Action not applied",
                ActionFormPage.nonFieldErrors(errors) + "<p><a href=\"./\">Back to the list</a></p>\n");
    }

    /** Shows how an action ended: the file, or a message on the changelist, or an error page for a failure. */
    private void finish(HttpServletRequest request, HttpServletResponse response, ModelAdmin<?> modelAdmin,
                        ActionOutcome outcome) throws IOException {
        switch (outcome.status()) {
            case DONE -> {
                if (outcome.download() != null) {
                    download(response, outcome.download());
                    return;
                }
                Flash.success(request, outcome.message());
                outcome.errors().forEach((row, error) -> Flash.error(request, row + ": " + error));
            }
            case INTERRUPTED -> Flash.error(request, outcome.message());
            case FAILED -> {
                page(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Action failed",
                        "<p class=\"errorlist\">" + Html.escape(outcome.message())
                                + "</p>\n<p><a href=\"./\">Back to the list</a></p>\n");
                return;
            }
        }
        redirect(response, changeList(request, modelAdmin));
    }

    /**
     * The raw form values an action reads: each field as submitted (a checkbox as true/false; an optional field only
     * when ticked), and every other submitted name too, so the action can reject it as unknown rather than have it
     * silently dropped.
     */
    private static Map<String, String> submitted(HttpServletRequest request, List<ActionField> fields,
                                                 Set<String> included) {
        Map<String, String> raw = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (ActionField field : fields) {
            names.add(field.name());
            if (field.optional() && !included.contains(field.name())) {
                continue;
            }
            String value = request.getParameter(field.name());
            if (field.kind() == ActionField.Kind.CHECKBOX) {
                raw.put(field.name(), String.valueOf(value != null));
            } else if (value != null) {
                raw.put(field.name(), value);
            }
        }
        included.stream().filter(name -> !names.contains(name))
                .forEach(name -> raw.put(name, String.valueOf(request.getParameter(name))));
        request.getParameterMap().forEach((name, values) -> {
            if (!CONTROLS.contains(name) && !names.contains(name)) {
                raw.put(name, values[0]);
            }
        });
        return raw;
    }

    private static void download(HttpServletResponse response, ActionResult.Download download) throws IOException {
        String filename = download.filename().replaceAll("[^A-Za-z0-9._-]", "_");
        response.setContentType(download.contentType());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.getWriter().write(download.body());
    }

    private boolean authenticated(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() != null) {
            return true;
        }
        LOG.warning(Messages.notAuthenticated());
        page(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                "<p class=\"errorlist\">" + Html.escape(Messages.notAuthenticated()) + "</p>\n");
        return false;
    }

    private boolean permitted(HttpServletRequest request, HttpServletResponse response, ModelAdmin<?> modelAdmin)
            throws IOException {
        String role = modelAdmin.requiredRole();
        if (hasRole(request, role)) {
            return true;
        }
        page(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                "<p class=\"errorlist\">" + Html.escape(Messages.permissionDenied(role, modelAdmin.model())) + "</p>\n");
        return false;
    }

    /** The actions of {@code modelAdmin} that exist and whose role the user has, by name. */
    private List<String> allowedActions(HttpServletRequest request, ModelAdmin<?> modelAdmin) {
        Set<String> available = admin.actions().keySet();
        return modelAdmin.actions().stream().filter(available::contains)
                .filter(action -> hasRole(request, modelAdmin.requiredRole(action))).sorted().toList();
    }

    private static boolean hasRole(HttpServletRequest request, String role) {
        return role == null || request.isUserInRole(role);
    }

    /** Whether the admin can serve the entity's pages; a 404 naming why (a composite id) otherwise. */
    private boolean supported(HttpServletRequest request, HttpServletResponse response, ModelAdmin<?> modelAdmin)
            throws IOException {
        Optional<String> unsupported = admin.unsupported(modelAdmin.model(), persistence().entityManager());
        if (unsupported.isPresent()) {
            page(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found",
                    "<p class=\"errorlist\">" + Html.escape(unsupported.get()) + "</p>\n");
        }
        return unsupported.isEmpty();
    }

    private ModelAdmin<?> modelAdmin(String slug) {
        return admin.modelAdmins().stream().filter(m -> m.slug().equals(slug)).findFirst().orElse(null);
    }

    private AdminPersistence persistence() {
        if (!persistence.isResolvable()) {
            throw new IllegalStateException(Messages.noAdminPersistence());
        }
        return persistence.get();
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found",
                "<p>" + Html.escape(Messages.noSuchAdminPage(request.getRequestURI())) + "</p>\n");
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, int status, String title,
                             String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        response.getWriter().write(Html.page(home(request), user, title, Flash.take(request), body));
    }

    /** After a POST, the browser follows with a GET (303), so reloading the page does not run the action again. */
    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    private static String home(HttpServletRequest request) {
        return request.getContextPath() + request.getServletPath() + "/";
    }

    private static String changeList(HttpServletRequest request, ModelAdmin<?> modelAdmin) {
        return home(request) + modelAdmin.slug() + "/";
    }

    /** The segments of a path below the mapping: {@code /question/action} is {@code [question, action]}. */
    private static String[] segments(String path) {
        return path.substring(1).split("/", -1);
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }
}
