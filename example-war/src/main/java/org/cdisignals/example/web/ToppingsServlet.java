package org.cdisignals.example.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cdisignals.example.service.PizzaService;

/** {@code GET /api/toppings} lists the toppings; {@code POST /api/toppings?name=…} creates one and answers with its id. */
@WebServlet("/api/toppings")
public class ToppingsServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PizzaService pizzas;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        respond(request, response, HttpServletResponse.SC_OK, () -> Json.toppings(pizzas.listToppings()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        respond(request, response, HttpServletResponse.SC_CREATED,
                () -> Json.topping(pizzas.createTopping(text(request, "name"))));
    }
}
