/**
 * Database wrapper signals, Django's {@code connection_created}: fired by the provider adapters, qualified
 * {@code @Sender(<connection class>)}.
 */
package org.cdisignals.db;
