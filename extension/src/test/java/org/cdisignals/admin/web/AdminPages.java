package org.cdisignals.admin.web;

import static org.cdisignals.support.Fakes.fake;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.cdisignals.admin.AdminTestSupport;
import org.cdisignals.admin.Transactions;

/**
 * The admin pages as a browser uses them, in-JVM: the servlet with the real runner, entity manager and observers, and
 * a fake container around it that keeps one session and says who the user is. The pages' entity manager counts the
 * queries it is asked to create, so a test can assert what one page costs.
 */
final class AdminPages implements AutoCloseable {

    /** One answer of the servlet. */
    record Answer(int status, String body, Map<String, String> headers) {
    }

    final AdminTestSupport admin;
    private final AdminServlet servlet = new AdminServlet();
    private final Map<String, Object> session = new HashMap<>();
    private final AtomicInteger queries = new AtomicInteger();
    Principal user = () -> "ada";
    Set<String> roles = Set.of("staff");

    AdminPages(AdminTestSupport admin) {
        this.admin = admin;
        EntityManager counting = counting(admin.em);
        AdminPersistence persistence = new AdminPersistence() {
            @Override
            public EntityManager entityManager() {
                return counting;
            }

            @Override
            public <R> R inTransaction(Supplier<R> work) {
                return Transactions.resourceLocal(admin.em).inTransaction(work);
            }
        };
        servlet.admin = admin.admin();
        servlet.persistence = instanceOf(persistence);
    }

    /** The queries the pages created since the last call. */
    int queries() {
        return queries.getAndSet(0);
    }

    /** The CSRF token the changelist's form carries (made with the session on first use). */
    String token() {
        Matcher token = Pattern.compile("name=\"" + Csrf.FIELD + "\" value=\"([^\"]+)\"")
                .matcher(get("/question/").body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the changelist");
        }
        return token.group(1);
    }

    Answer get(String path, String... parameters) {
        return call("GET", path, parameters);
    }

    /** A POST carrying the session's token, as the pages' forms do (unless the parameters name one). */
    Answer post(String path, String... parameters) {
        String[] withToken = Arrays.copyOf(parameters, parameters.length + 2);
        withToken[parameters.length] = Csrf.FIELD;
        withToken[parameters.length + 1] = String.valueOf(session.get(Csrf.class.getName()));
        return call("POST", path, List.of(parameters).contains(Csrf.FIELD) ? parameters : withToken);
    }

    Answer postWithoutToken(String path, String... parameters) {
        return call("POST", path, parameters);
    }

    /** {@code method} on {@code path} with {@code parameters} (name, value, name, value, …) exactly as given. */
    Answer call(String method, String path, String... parameters) {
        Map<String, String[]> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            String[] old = values.getOrDefault(parameters[i], new String[0]);
            String[] added = Arrays.copyOf(old, old.length + 1);
            added[old.length] = parameters[i + 1];
            values.put(parameters[i], added);
        }
        HttpSession httpSession = fake(HttpSession.class, Map.of(
                "getAttribute", args -> session.get((String) args[0]),
                "setAttribute", args -> session.put((String) args[0], args[1]),
                "removeAttribute", args -> session.remove((String) args[0])));
        HttpServletRequest request = fake(HttpServletRequest.class, Map.ofEntries(
                Map.entry("getMethod", args -> method),
                Map.entry("getProtocol", args -> "HTTP/1.1"),
                Map.entry("getPathInfo", args -> path),
                Map.entry("getContextPath", args -> "/ctx"),
                Map.entry("getServletPath", args -> "/admin"),
                Map.entry("getRequestURI", args -> "/ctx/admin" + path),
                Map.entry("getUserPrincipal", args -> user),
                Map.entry("isUserInRole", args -> user != null && roles.contains((String) args[0])),
                Map.entry("getSession", args -> args == null || (Boolean) args[0] || !session.isEmpty()
                        ? httpSession : null),
                Map.entry("getParameter", args -> values.containsKey((String) args[0])
                        ? values.get((String) args[0])[0] : null),
                Map.entry("getParameterValues", args -> values.get((String) args[0])),
                Map.entry("getParameterMap", args -> values)));
        StringWriter body = new StringWriter();
        PrintWriter writer = new PrintWriter(body);
        int[] status = {200};
        Map<String, String> headers = new HashMap<>();
        HttpServletResponse response = fake(HttpServletResponse.class, Map.of(
                "setStatus", args -> status[0] = (Integer) args[0],
                "sendError", args -> status[0] = (Integer) args[0],
                "setHeader", args -> headers.put((String) args[0], (String) args[1]),
                "setContentType", args -> headers.put("Content-Type", (String) args[0]),
                "reset", args -> {
                    headers.clear();
                    body.getBuffer().setLength(0);
                    return null;
                },
                "getWriter", args -> writer));
        try {
            servlet.service(request, response);
        } catch (IOException | ServletException e) {
            throw new IllegalStateException(e);
        }
        writer.flush();
        return new Answer(status[0], body.toString(), headers);
    }

    @Override
    public void close() {
        admin.close();
    }

    /** {@code em}, counting every query created through it. */
    private EntityManager counting(EntityManager em) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("create") && method.getName().endsWith("Query")) {
                        queries.incrementAndGet();
                    }
                    try {
                        return method.invoke(em, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @SuppressWarnings("unchecked")
    private static Instance<AdminPersistence> instanceOf(AdminPersistence persistence) {
        return fake(Instance.class, Map.of("isResolvable", args -> true, "get", args -> persistence));
    }
}
