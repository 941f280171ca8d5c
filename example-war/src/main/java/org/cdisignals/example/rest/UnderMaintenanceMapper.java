package org.cdisignals.example.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The application's own answer to {@link UnderMaintenance}: 503 with its message. A CDI bean, so that the library
 * knows the application handled the exception even though the status is 5xx.
 */
@Provider
@ApplicationScoped
public class UnderMaintenanceMapper implements ExceptionMapper<UnderMaintenance> {

    @Override
    public Response toResponse(UnderMaintenance exception) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_PLAIN)
                .entity(exception.getMessage()).build();
    }
}
