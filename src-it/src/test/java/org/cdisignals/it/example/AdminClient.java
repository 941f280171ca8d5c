package org.cdisignals.it.example;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.cdisignals.it.servers.ExampleUser;

/**
 * A person using the admin pages, as a client: logged in with BASIC (or not at all), keeping the session cookie that
 * holds the CSRF token and the flash messages, and seeing redirects instead of following them, so that tests can
 * assert the 303 of a POST.
 */
final class AdminClient {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;
    private final String authorization;
    private String csrfToken;

    /** @param user who logs in, or null for nobody */
    AdminClient(URL base, ExampleUser user) {
        String url = base.toExternalForm();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (user.username() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
    }

    AdminPage get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** GETs where a redirect points, as a browser does after a 303. */
    AdminPage follow(AdminPage redirect) {
        String location = redirect.header("Location");
        if (redirect.status() != 303 || location == null) {
            throw new AssertionError("Expected a 303 with a Location, got " + redirect.status() + ": " + redirect.body());
        }
        return send(HttpRequest.newBuilder(base.resolve(location)).GET());
    }

    /** POSTs {@code params} (name, value, name, value, …) form-encoded to {@code path}, exactly as given. */
    AdminPage post(String path, List<String> params) {
        return send(Http.formPost(base.resolve(path), params));
    }

    /** "Go": chooses {@code action} for the rows with {@code ids} on the changelist of {@code slug}. */
    AdminPage go(String slug, String action, Object... ids) {
        return post("admin/" + slug + "/action", controls(slug, action, List.of(ids)));
    }

    /** "Apply": the action form submitted with {@code fields} (name, value, …) for the rows with {@code ids}. */
    AdminPage apply(String slug, String action, List<?> ids, String... fields) {
        List<String> params = controls(slug, action, ids);
        params.addAll(List.of("apply", "1"));
        params.addAll(List.of(fields));
        return post("admin/" + slug + "/action", params);
    }

    /** The session's CSRF token, read from the changelist of {@code slug} the first time. */
    String csrfToken(String slug) {
        if (csrfToken == null) {
            AdminPage changeList = get("admin/" + slug + "/");
            if (changeList.status() != 200) {
                throw new AssertionError("The changelist of " + slug + " answered " + changeList.status());
            }
            csrfToken = changeList.csrfToken();
        }
        return csrfToken;
    }

    private List<String> controls(String slug, String action, List<?> ids) {
        List<String> params = new ArrayList<>(List.of("csrfmiddlewaretoken", csrfToken(slug), "action", action));
        ids.forEach(id -> params.addAll(List.of("_selected_action", String.valueOf(id))));
        return params;
    }

    private AdminPage send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = Http.send(http, request);
        return new AdminPage(response.statusCode(), response.headers(), response.body());
    }
}
