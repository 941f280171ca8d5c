/**
 * The emitter contract, for the library's emitters and for integrators: {@link org.cdisignals.spi.Emitter} is the one
 * general way to send a signal (the event is built only when an observer can receive it), and the signal-specific
 * emitters share its path: {@link org.cdisignals.spi.ModelEmitter} (model signals and {@code ClassPrepared}),
 * {@link org.cdisignals.spi.ConnectionEmitter}, {@link org.cdisignals.spi.MigrateEmitter} and
 * {@link org.cdisignals.spi.TemplateEmitter}. Provider adapters tell the standard JPA listener what callbacks do not
 * carry through {@link org.cdisignals.spi.ProviderContexts}. Emitters outside the runtime reach it only through here.
 */
package org.cdisignals.spi;
