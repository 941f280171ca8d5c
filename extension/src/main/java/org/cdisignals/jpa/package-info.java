/**
 * The standard JPA emitter: a default entity listener that works with any JPA provider, activated by listing
 * {@code META-INF/cdi-signals-orm.xml} as a {@code <mapping-file>} of the persistence unit.
 */
package org.cdisignals.jpa;
