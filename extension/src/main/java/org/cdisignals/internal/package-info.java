/**
 * The runtime, with no compatibility promise: the core CDI extension ({@code SignalsExtension}), the observer index
 * and validation, the one {@link org.cdisignals.internal.Dispatcher} through which every signal is fired, the runtime
 * that holds signals until the container has started ({@code SignalsRuntime}, released by {@code HeldSignalsListener}
 * in a web application), and the {@code Signals} bean. Emitters reach it only through {@code org.cdisignals.spi}.
 *
 * <h2>Message codes</h2>
 * Every message a user may search for starts with {@code CDISIG-nnn}; each area words its own, beside its code, and
 * {@code MessageCodesTest} checks that every code is unique and in its area's range:
 * <table>
 * <caption>Message code ranges</caption>
 * <tr><th>Codes</th><th>Area</th><th>Where</th></tr>
 * <tr><td>001–029</td><td>core: deployment validation, the runtime, transaction phases, {@code Signals}</td>
 *     <td>{@code org.cdisignals.internal.Messages}</td></tr>
 * <tr><td>030–039</td><td>the servlet emitters</td><td>{@code org.cdisignals.servlet.Messages}</td></tr>
 * <tr><td>040–049</td><td>model signals: the standard listener and the flush's observer writes</td>
 *     <td>{@code org.cdisignals.internal.Messages}</td></tr>
 * <tr><td>050–099</td><td>provider adapters standing aside</td>
 *     <td>{@code org.cdisignals.hibernate.HibernateSupport}, {@code org.cdisignals.eclipselink.EclipseLinkSupport}</td></tr>
 * <tr><td>101–119</td><td>the admin API and the built-in actions</td><td>{@code org.cdisignals.admin.Messages}</td></tr>
 * <tr><td>120–139</td><td>the admin pages</td><td>{@code org.cdisignals.admin.web.Messages}</td></tr>
 * <tr><td>201–299</td><td>migrate and Flyway</td><td>{@code org.cdisignals.flyway.Messages}</td></tr>
 * </table>
 */
package org.cdisignals.internal;
