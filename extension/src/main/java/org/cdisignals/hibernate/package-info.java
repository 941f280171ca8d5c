/**
 * The Hibernate ORM adapter: registered as a Hibernate {@code Integrator} through {@code META-INF/services}, and so
 * loaded only when Hibernate is the provider. Nothing outside this package refers to Hibernate.
 */
package org.cdisignals.hibernate;
