package org.cdisignals.example.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cdisignals.Vetoes;
import org.cdisignals.example.service.QuestionService;
import org.cdisignals.example.signals.QuestionRejected;

/**
 * {@code POST /rest/questions?text=…}: creates a question and answers 201 with its id, or 422 with the moderator's
 * own message when it vetoes the save. The veto is found with {@link Vetoes#find}, whatever the server wrapped it in;
 * any other exception is left to the JAX-RS implementation (a 500, and {@code got_request_exception}).
 */
@Path("questions")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class QuestionsResource {

    /** Unprocessable Content: understood, and refused by an observer. */
    private static final int REJECTED = 422;

    @Inject
    QuestionService questions;

    @POST
    public Response create(@FormParam("text") String text) throws Exception {
        try {
            return Response.status(Response.Status.CREATED).entity(Long.toString(questions.create(text, List.of()).id()))
                    .build();
        } catch (Exception failure) {
            // Exception, not RuntimeException: a veto at commit arrives as a checked RollbackException, undeclared.
            QuestionRejected veto = Vetoes.find(failure, QuestionRejected.class).orElseThrow(() -> failure);
            return Response.status(REJECTED).entity(veto.getMessage()).build();
        }
    }
}
