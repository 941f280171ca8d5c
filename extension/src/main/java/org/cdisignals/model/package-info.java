/**
 * Model signals, Django's {@code django.db.models.signals}: records fired by the JPA emitter and the provider
 * adapters, qualified {@code @Sender(<entity class>)}.
 */
package org.cdisignals.model;
