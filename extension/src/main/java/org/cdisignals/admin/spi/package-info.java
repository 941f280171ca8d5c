/**
 * For applications that add their own admin actions: implement {@link org.cdisignals.admin.spi.AdminAction} as a CDI
 * bean and name it in a {@link org.cdisignals.admin.ModelAdmin#actions()}.
 */
package org.cdisignals.admin.spi;
