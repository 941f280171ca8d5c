/**
 * Management signals, Django's {@code pre_migrate} and {@code post_migrate}: fired by the provider adapters around
 * a persistence unit's JPA schema generation. They carry no sender (Django's is the app config; a unit has none).
 */
package org.cdisignals.migrate;
