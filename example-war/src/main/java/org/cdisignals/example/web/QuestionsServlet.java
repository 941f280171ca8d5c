package org.cdisignals.example.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cdisignals.example.service.QuestionService;

/**
 * Questions and votes:
 * <ul>
 *   <li>{@code GET /api/questions}, {@code GET /api/questions/{id}} (loading sends {@code PostInit});</li>
 *   <li>{@code POST /api/questions?text=…&choice=…&choice=…} creates one (a text about spam is vetoed: 422);</li>
 *   <li>{@code POST /api/questions/rollback?text=…} saves one and rolls the transaction back (500);</li>
 *   <li>{@code POST /api/questions/{id}/vote?choice={choiceId}}, {@code POST /api/questions/{id}/text?text=…},
 *       {@code POST /api/questions/{id}/delete}.</li>
 * </ul>
 */
@WebServlet("/api/questions/*")
public class QuestionsServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionService questions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.isEmpty()) {
            respond(request, response, HttpServletResponse.SC_OK, () -> Json.questions(questions.list()));
        } else if (path.size() == 1) {
            respond(request, response, HttpServletResponse.SC_OK, () -> Json.question(questions.get(id(path.get(0)))));
        } else {
            notFound(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.isEmpty()) {
            respond(request, response, HttpServletResponse.SC_CREATED,
                    () -> Json.question(questions.create(text(request, "text"), choices(request))));
        } else if (path.equals(List.of("rollback"))) {
            respond(request, response, HttpServletResponse.SC_CREATED,
                    () -> Json.question(questions.createThenRollBack(text(request, "text"))));
        } else if (path.size() == 2) {
            String action = path.get(1);
            switch (action) {
                case "vote" -> respond(request, response, HttpServletResponse.SC_OK, () -> Json.question(
                        questions.vote(id(path.get(0)), id(text(request, "choice")))));
                case "text" -> respond(request, response, HttpServletResponse.SC_OK, () -> Json.question(
                        questions.rename(id(path.get(0)), text(request, "text"))));
                case "delete" -> respond(request, response, HttpServletResponse.SC_OK, () -> {
                    long id = id(path.get(0));
                    questions.delete(id);
                    return "{\"deleted\":" + id + "}";
                });
                default -> notFound(request, response);
            }
        } else {
            notFound(request, response);
        }
    }

    private static List<String> choices(HttpServletRequest request) {
        String[] values = request.getParameterValues("choice");
        return values == null ? List.of()
                : Arrays.stream(values).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
