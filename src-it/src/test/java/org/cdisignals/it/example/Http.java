package org.cdisignals.it.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;

/** What the test clients share: form POSTs and sending with a timeout, failures unchecked. */
final class Http {

    private Http() {
    }

    /** A POST of {@code params} (name, value, name, value, …) form-encoded, exactly as given. */
    static HttpRequest.Builder formPost(URI uri, List<?> params) {
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i < params.size(); i += 2) {
            form.add(encode(params.get(i)) + "=" + encode(params.get(i + 1)));
        }
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
