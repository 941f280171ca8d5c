package org.cdisignals.example.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cdisignals.testing.TemplateAssertions;

/**
 * {@code GET /demo/template-check}: the {@link TemplateAssertions} helper at work inside the application. It includes
 * the hello view and asserts that it was used (an {@link AssertionError} answers 500).
 */
@WebServlet("/demo/template-check")
public class TemplateCheckServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setContentType("text/plain");
        request.setAttribute("greeting", "Hello, helper");
        try (TemplateAssertions templates = TemplateAssertions.capture()) {
            request.getRequestDispatcher(HelloServlet.VIEW).include(request, response);
            templates.assertTemplateUsed(HelloServlet.VIEW);
            templates.assertTemplateNotUsed("/WEB-INF/views/other.jsp");
        }
        response.getWriter().write("\nassertTemplateUsed passed");
    }
}
