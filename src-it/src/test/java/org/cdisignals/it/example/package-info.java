/**
 * The example WAR deployed on real servers (WildFly with Hibernate, Payara with EclipseLink), driven through HTTP
 * only: every assertion reads what the example's observers wrote into {@code /signals.json}.
 */
package org.cdisignals.it.example;
