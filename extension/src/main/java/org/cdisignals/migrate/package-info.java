/**
 * Management signals, Django's {@code pre_migrate} and {@code post_migrate}: fired by the provider adapters around
 * a persistence unit's JPA schema generation and by the Flyway adapter around Flyway's migrate, or held for the CDI
 * container when the migration runs before it starts.
 * They carry no sender (Django's is the app config; a unit has none).
 */
package org.cdisignals.migrate;
