package org.cdisignals.example.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cdisignals.example.signals.SignalLog;

/** {@code GET /signals}: the signal log as an HTML page, oldest first. */
@WebServlet("/signals")
public class SignalsPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SignalLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Signals received</title></head><body>");
        out.println("<h1>Signals received</h1>");
        out.println("<p><a href=\"./\">Home</a> &middot; <a href=\"signals.json\">as JSON</a></p>");
        out.println("<ol>");
        for (String entry : log.entries()) {
            out.println("<li><code>" + escape(entry) + "</code></li>");
        }
        out.println("</ol></body></html>");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
