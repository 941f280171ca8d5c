/**
 * The EclipseLink adapter: loaded only when EclipseLink is the provider and the unit names
 * {@link org.cdisignals.eclipselink.EclipseLinkSignals} as its {@code eclipselink.session-event-listener}. Nothing
 * outside this package refers to EclipseLink.
 */
package org.cdisignals.eclipselink;
