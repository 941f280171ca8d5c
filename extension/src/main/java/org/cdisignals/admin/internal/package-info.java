/**
 * The admin's own CDI extension, listed in the jar's {@code META-INF/services} beside the core one: it collects the
 * application's {@code ModelAdmin} and {@code AdminAction} beans and adds the {@code AdminActions} bean. No
 * compatibility promise.
 */
package org.cdisignals.admin.internal;
