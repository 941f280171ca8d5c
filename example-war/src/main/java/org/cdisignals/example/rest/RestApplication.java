package org.cdisignals.example.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves the JAX-RS resources under {@code /rest}; empty, so the server finds them (and the mapper) by scanning. */
@ApplicationPath("rest")
public class RestApplication extends Application {
}
