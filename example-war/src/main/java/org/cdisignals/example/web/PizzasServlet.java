package org.cdisignals.example.web;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cdisignals.example.service.PizzaService;

/**
 * Pizzas and the many-to-many with their toppings:
 * <ul>
 *   <li>{@code GET /api/pizzas}, {@code GET /api/pizzas/{id}};</li>
 *   <li>{@code POST /api/pizzas?name=…} creates a pizza ({@link ToppingsServlet} creates toppings);</li>
 *   <li>{@code POST /api/pizzas/{id}/toppings/add?topping={id}&topping=…}, {@code …/toppings/remove?topping=…},
 *       {@code …/toppings/clear} change the pizza's toppings.</li>
 * </ul>
 */
@WebServlet("/api/pizzas/*")
public class PizzasServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PizzaService pizzas;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.isEmpty()) {
            respond(request, response, HttpServletResponse.SC_OK, () -> Json.pizzas(pizzas.list()));
        } else if (path.size() == 1) {
            respond(request, response, HttpServletResponse.SC_OK, () -> Json.pizza(pizzas.get(id(path.get(0)))));
        } else {
            notFound(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.isEmpty()) {
            respond(request, response, HttpServletResponse.SC_CREATED,
                    () -> Json.pizza(pizzas.create(text(request, "name"))));
        } else if (path.size() == 3 && path.get(1).equals("toppings")) {
            switch (path.get(2)) {
                case "add" -> respond(request, response, HttpServletResponse.SC_OK, () -> Json.pizza(
                        pizzas.addToppings(id(path.get(0)), ids(request, "topping"))));
                case "remove" -> respond(request, response, HttpServletResponse.SC_OK, () -> Json.pizza(
                        pizzas.removeToppings(id(path.get(0)), ids(request, "topping"))));
                case "clear" -> respond(request, response, HttpServletResponse.SC_OK, () -> Json.pizza(
                        pizzas.clearToppings(id(path.get(0)))));
                default -> notFound(request, response);
            }
        } else {
            notFound(request, response);
        }
    }
}
