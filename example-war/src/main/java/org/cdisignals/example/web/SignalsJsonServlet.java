package org.cdisignals.example.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cdisignals.example.signals.SignalLog;

/** {@code GET /signals.json}: the signal log as a JSON array of strings, oldest first. */
@WebServlet("/signals.json")
public class SignalsJsonServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SignalLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(Json.CONTENT_TYPE);
        response.getWriter().write(Json.strings(log.entries()));
    }
}
