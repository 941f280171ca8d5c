package org.cdisignals.it.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The example's HTTP API as the tests use it: form posts, JSON answers, and the signal log. */
final class ExampleClient {

    /** One answer: its status and body, and the ids in it in document order (the first is the object's own). */
    record Response(int status, String body) {

        private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

        List<Long> ids() {
            List<Long> ids = new ArrayList<>();
            Matcher matcher = ID.matcher(body);
            while (matcher.find()) {
                ids.add(Long.parseLong(matcher.group(1)));
            }
            return ids;
        }

        long id() {
            return ids().get(0);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    ExampleClient(URL base) {
        String url = base.toExternalForm();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** POSTs {@code params} (name, value, name, value, …) form-encoded to {@code path}. */
    Response post(String path, Object... params) {
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i < params.length; i += 2) {
            form.add(encode(params[i]) + "=" + encode(params[i + 1]));
        }
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    /** POSTs and insists on {@code status}. */
    Response post(int status, String path, Object... params) {
        Response response = post(path, params);
        if (response.status() != status) {
            throw new AssertionError("POST " + path + " answered " + response.status() + ", expected " + status
                    + ": " + response.body());
        }
        return response;
    }

    /** The signal log, oldest first. */
    List<String> signals() {
        Response response = get("signals.json");
        if (response.status() != 200) {
            throw new AssertionError("signals.json answered " + response.status() + ": " + response.body());
        }
        return JsonStrings.parse(response.body());
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }
}
