package org.cdisignals.it.example;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One answer of the admin pages, and what the tests read from its HTML. */
record AdminPage(int status, HttpHeaders headers, String body) {

    private static final Pattern CSRF =
            Pattern.compile("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"([^\"]*)\">");
    private static final Pattern MESSAGES = Pattern.compile("<ul class=\"messages\"[^>]*>(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern MESSAGE = Pattern.compile("<li class=\"([a-z]+)\">(.*?)</li>", Pattern.DOTALL);

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The hidden CSRF field of the page's form. */
    String csrfToken() {
        Matcher matcher = CSRF.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No csrfmiddlewaretoken on the page: " + body);
        }
        return matcher.group(1);
    }

    /** The flash messages of {@code level} ({@code success}, {@code error}), unescaped. */
    List<String> messages(String level) {
        List<String> messages = new ArrayList<>();
        Matcher list = MESSAGES.matcher(body);
        if (list.find()) {
            Matcher message = MESSAGE.matcher(list.group(1));
            while (message.find()) {
                if (message.group(1).equals(level)) {
                    messages.add(unescape(message.group(2)));
                }
            }
        }
        return messages;
    }

    boolean hasErrorList() {
        return body.contains("class=\"errorlist");
    }

    boolean contains(String html) {
        return body.contains(html);
    }

    @Override
    public String toString() {
        return status + " " + headers.map() + "\n" + body;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
