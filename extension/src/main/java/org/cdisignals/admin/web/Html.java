package org.cdisignals.admin.web;

import java.util.List;

/** Escaping and the frame every admin page shares: plain HTML that works without scripts. */
final class Html {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0;color:#222}
            header{background:#264b5d;color:#fff;padding:.6em 1em}header a{color:#fff}
            main{padding:1em}table{border-collapse:collapse}th,td{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left}
            .messages li.success{color:#1a6b1a}.messages li.error,.errorlist{color:#b00020}
            fieldset{border:1px solid #ccc;margin:.5em 0}label{margin-right:.5em}
            """;

    private Html() {
    }

    /** {@code text} safe inside HTML text and double-quoted attributes. */
    static String escape(Object text) {
        String value = String.valueOf(text);
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A whole page: {@code body} is HTML already; everything else is escaped here. */
    static String page(String home, String user, String title, List<Flash.Message> messages, String body) {
        StringBuilder html = new StringBuilder(1024 + body.length());
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append(" | Administration</title><style>").append(STYLE)
                .append("</style></head>\n<body><header><a href=\"").append(escape(home))
                .append("\">Administration</a>");
        if (user != null) {
            html.append(" · ").append(escape(user));
        }
        html.append("</header>\n<main><h1>").append(escape(title)).append("</h1>\n");
        if (!messages.isEmpty()) {
            html.append("<ul class=\"messages\" role=\"status\">");
            messages.forEach(m -> html.append("<li class=\"").append(escape(m.level())).append("\">")
                    .append(escape(m.text())).append("</li>"));
            html.append("</ul>\n");
        }
        return html.append(body).append("</main></body></html>\n").toString();
    }

    /** A hidden input. */
    static String hidden(String name, Object value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">";
    }

    /** An error list, or nothing when {@code error} is null. */
    static String errors(String error, String extraClass) {
        return error == null ? ""
                : "<ul class=\"errorlist" + extraClass + "\"><li>" + escape(error) + "</li></ul>";
    }
}
