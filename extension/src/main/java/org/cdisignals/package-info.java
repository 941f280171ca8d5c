/**
 * The public API of cdi-signals: the {@link org.cdisignals.Sender} qualifier, the {@link org.cdisignals.Signals}
 * bean for sending custom signals, and {@link org.cdisignals.SignalResult}. The signals themselves live in one package
 * per Django module: {@code model}, {@code request}, {@code migrate}, {@code db}, {@code test} and {@code admin}; the
 * settings API in {@code settings}, test support in {@code testing}, the emitter contract in {@code spi}. Packages
 * named {@code internal} carry no compatibility promise.
 */
package org.cdisignals;
