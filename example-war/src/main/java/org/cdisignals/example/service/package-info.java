/**
 * The example's transactional service layer: each public method is one JTA transaction on the {@code polls} unit,
 * and returns plain views so that the web layer never touches a managed entity.
 */
package org.cdisignals.example.service;
