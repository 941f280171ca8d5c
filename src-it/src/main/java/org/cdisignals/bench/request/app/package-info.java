/**
 * The classes of the request benchmark's test WARs. They are copied into the WARs and run only on the servers; the
 * benchmark's own JVM never instantiates them.
 */
package org.cdisignals.bench.request.app;
