/**
 * The example's observers: one per model signal, one per request signal and for template_rendered, a moderator that
 * vetoes saves, an on-commit observer, and the log that shows what they received.
 */
package org.cdisignals.example.signals;
