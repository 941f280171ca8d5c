/** Build-time preparation of the servers the integration tests run on; runs in pre-integration-test. */
package org.cdisignals.it.servers;
