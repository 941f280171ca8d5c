package org.cdisignals.example.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The view action of {@code /faces-hello.xhtml?name=…}: puts a greeting into the request attributes, the model the
 * Faces view renders ({@code template_rendered /faces-hello.xhtml greeting=Hello, …}).
 */
@Named
@RequestScoped
public class FacesGreeting {

    @Inject
    HttpServletRequest request;

    public void greet() {
        String name = request.getParameter("name");
        request.setAttribute("greeting", "Hello, " + (name == null || name.isBlank() ? "world" : name.strip()));
    }
}
