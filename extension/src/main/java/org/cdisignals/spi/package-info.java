/**
 * For integrators: what an emitter calls to send signals through the dispatcher: model signals
 * ({@code ModelEmitter}), {@code ConnectionCreated}, the migrate signals and {@code TemplateRendered}. Provider
 * adapters, the JPA listener, the Flyway callback and the servlet and Faces emitters use it; applications that write
 * their own emitter may too.
 */
package org.cdisignals.spi;
