package org.cdisignals.bench.request.app;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Answers the observer's count, so that the benchmark can check that the observed variant was observed. */
@WebServlet("/finished")
public class FinishedCountServlet extends HttpServlet {

    @Inject
    private FinishedCounter counter;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write(Long.toString(counter.finished()));
    }
}
