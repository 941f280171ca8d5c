/**
 * Management signals, Django's {@code pre_migrate} and {@code post_migrate}: fired by the provider adapters around
 * a persistence unit's JPA schema generation, or held for the CDI container when the unit migrates before it starts.
 * They carry no sender (Django's is the app config; a unit has none).
 */
package org.cdisignals.migrate;
