/**
 * The Faces emitter of {@code TemplateRendered}: listeners declared in the jar's {@code META-INF/faces-config.xml},
 * which only a Faces implementation reads, so these classes are loaded only in an application that runs Faces.
 */
package org.cdisignals.faces;
