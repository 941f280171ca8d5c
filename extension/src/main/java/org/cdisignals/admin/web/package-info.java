/**
 * The admin pages: a changelist per {@link org.cdisignals.admin.ModelAdmin} with checkboxes, paging and the action
 * drop-down, the action form pages and flash messages, served by {@link org.cdisignals.admin.web.AdminServlet}. The
 * application maps the servlet and protects its URL; the pages check each ModelAdmin's role and a CSRF token on every
 * POST.
 */
package org.cdisignals.admin.web;
