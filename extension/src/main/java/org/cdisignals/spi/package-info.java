/**
 * For integrators: what a persistence emitter calls to send model signals through the dispatcher. Provider
 * adapters and the JPA listener use it; applications that write their own emitter may too.
 */
package org.cdisignals.spi;
