/**
 * Entities with composite ids ({@code @IdClass}, {@code @EmbeddedId}) and their ModelAdmins, in a persistence unit of
 * their own ({@code admin-composite}) so that the suites that list every entity of the polls unit stay as they are.
 */
package org.cdisignals.admin.composite;
