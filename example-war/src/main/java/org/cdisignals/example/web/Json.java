package org.cdisignals.example.web;

import java.util.List;
import java.util.stream.Collectors;

import org.cdisignals.example.service.PizzaView;
import org.cdisignals.example.service.QuestionView;

/** The little JSON the example writes, by hand so that the WAR needs no JSON library. */
final class Json {

    static final String CONTENT_TYPE = "application/json;charset=UTF-8";

    private Json() {
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // Other control characters, and the two separators that break JavaScript string literals.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String strings(List<String> values) {
        return values.stream().map(Json::string).collect(Collectors.joining(",\n", "[\n", "\n]"));
    }

    static String question(QuestionView q) {
        return "{\"id\":" + q.id() + ",\"text\":" + string(q.text()) + ",\"choices\":" + q.choices().stream()
                .map(c -> "{\"id\":" + c.id() + ",\"text\":" + string(c.text()) + ",\"votes\":" + c.votes() + "}")
                .collect(Collectors.joining(",", "[", "]")) + "}";
    }

    static String questions(List<QuestionView> questions) {
        return questions.stream().map(Json::question).collect(Collectors.joining(",", "[", "]"));
    }

    static String topping(PizzaView.ToppingView t) {
        return "{\"id\":" + t.id() + ",\"name\":" + string(t.name()) + "}";
    }

    static String toppings(List<PizzaView.ToppingView> toppings) {
        return toppings.stream().map(Json::topping).collect(Collectors.joining(",", "[", "]"));
    }

    static String pizza(PizzaView p) {
        return "{\"id\":" + p.id() + ",\"name\":" + string(p.name()) + ",\"toppings\":" + p.toppings().stream()
                .map(Json::topping).collect(Collectors.joining(",", "[", "]")) + "}";
    }

    static String pizzas(List<PizzaView> pizzas) {
        return pizzas.stream().map(Json::pizza).collect(Collectors.joining(",", "[", "]"));
    }

    static String error(String message) {
        return "{\"error\":" + string(message) + "}";
    }
}
