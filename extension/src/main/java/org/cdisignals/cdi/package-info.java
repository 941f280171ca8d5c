/**
 * The CDI integration: the portable extension, the observer index, and the one {@link org.cdisignals.cdi.Dispatcher}
 * through which every emitter fires. Public only for the library's own emitters; no compatibility promise.
 */
package org.cdisignals.cdi;
