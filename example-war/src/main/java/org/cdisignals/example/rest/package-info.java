/**
 * The example's JAX-RS resource under {@code /rest}, for the request signals on RESTEasy (WildFly) and Jersey
 * (Payara): a method that answers, one that throws (the implementation's default handling answers 500, and
 * {@code got_request_exception} is sent), one whose exception the application maps itself (503, nothing sent), and
 * one that throws a {@code WebApplicationException} (its own 503, nothing sent); and a question form whose veto is
 * answered 422 with the moderator's message, found with {@code Vetoes.find}.
 */
package org.cdisignals.example.rest;
