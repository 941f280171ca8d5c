package org.cdisignals.example.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /rest/demo/{ok,boom,maintenance,unavailable}}. A CDI bean (request-scoped), as the library needs to see
 * what a resource method throws before the JAX-RS implementation maps it.
 */
@Path("demo")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class DemoResource {

    @GET
    @Path("ok")
    public String ok() {
        return "ok";
    }

    /** Unmapped: RESTEasy's default mapper answers 500, Jersey lets it escape to the container (500). */
    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("Rest boom");
    }

    /** Mapped by the application's {@link UnderMaintenanceMapper}: its 503 is an answer, not a failure. */
    @GET
    @Path("maintenance")
    public String maintenance() {
        throw new UnderMaintenance();
    }

    /** A {@code WebApplicationException} is the response the application chose. */
    @GET
    @Path("unavailable")
    public String unavailable() {
        throw new ServiceUnavailableException("Come back later");
    }
}
