/**
 * The Flyway adapter: a Flyway {@code Callback} that sends {@code PreMigrate} and {@code PostMigrate} around Flyway's
 * migrate through the same dispatcher as every other signal. Loaded only when an application registers
 * {@link org.cdisignals.flyway.FlywaySignals} with its Flyway; nothing else in the library refers to Flyway.
 */
package org.cdisignals.flyway;
