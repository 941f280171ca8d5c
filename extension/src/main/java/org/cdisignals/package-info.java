/**
 * The public API of cdi-signals: the {@link org.cdisignals.Sender} qualifier and the {@link org.cdisignals.Signals}
 * bean for sending custom signals. The signals themselves live in one package per Django module:
 * {@code model}, {@code request}, {@code migrate}, {@code db}, {@code test} and {@code admin}.
 */
package org.cdisignals;
