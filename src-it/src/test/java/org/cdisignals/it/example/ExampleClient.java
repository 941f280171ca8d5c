package org.cdisignals.it.example;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        return send(Http.formPost(base.resolve(path), List.of(params)));
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
        HttpResponse<String> response = Http.send(http, request);
        return new Response(response.statusCode(), response.body());
    }
}
