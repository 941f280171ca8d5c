/**
 * The example's admin: a {@link org.cdisignals.admin.ModelAdmin} for Question, Choice and Pizza, the entity manager
 * and transactions the admin pages use, the observers that log the three admin signals, and one that vetoes an action.
 * The pages are cdi-signals' {@link org.cdisignals.admin.web.AdminServlet}, mapped and protected in web.xml.
 */
package org.cdisignals.example.admin;
