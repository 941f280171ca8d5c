/** The example's observers of every signal, and the log that shows what they received. */
package org.cdisignals.example.signals;
