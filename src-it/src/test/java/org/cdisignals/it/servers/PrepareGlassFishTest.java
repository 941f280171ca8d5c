package org.cdisignals.it.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class PrepareGlassFishTest {

    /** The parts of GlassFish 7.0.21's shipped domain.xml that the build edits, as shipped. */
    private static final String SHIPPED = """
            <domain>
              <resources>
                <jdbc-connection-pool is-isolation-level-guaranteed="false" name="DerbyPool" \
            datasource-classname="org.apache.derby.jdbc.ClientDataSource" res-type="javax.sql.DataSource">
                  <property value="1527" name="PortNumber" />
                  <property value="localhost" name="serverName" />
                </jdbc-connection-pool>
              </resources>
             <configs>
               <config name="server-config">
                  <iiop-service>
                    <iiop-listener address="0.0.0.0" port="3700" id="orb-listener-1" lazy-init="true"/>
                  </iiop-service>
                  <admin-service system-jmx-connector-name="system" type="das-and-server">
                    <jmx-connector address="0.0.0.0" port="8686" name="system" security-enabled="false"/>
                  </admin-service>
                  <java-config>
                    <jvm-options>-Xmx512m</jvm-options>
                  </java-config>
                  <network-listeners>
                    <network-listener port="8080" protocol="http-listener-1" name="http-listener-1"></network-listener>
                  </network-listeners>
               </config>
               <config name="default-config">
                 <network-listener address="0.0.0.0" port="${HTTP_LISTENER_PORT}" name="http-listener-1"/>
               </config>
             </configs>
            </domain>
            """;

    @Test
    void bindsTheServerConfigToLoopbackMakesTheBrokerRemoteAndTheDatasourceEmbedded() {
        String edited = PrepareGlassFish.edit(SHIPPED);

        PrepareGlassFish.verify(edited, Path.of("domain.xml"));
        String serverConfig = edited.substring(edited.indexOf("<config name=\"server-config\">"),
                edited.indexOf("<config name=\"default-config\">"));
        assertFalse(serverConfig.contains("0.0.0.0"), serverConfig);
        assertTrue(serverConfig.contains("<network-listener address=\"127.0.0.1\" port=\"8080\""), serverConfig);
        assertTrue(serverConfig.contains("<jms-service type=\"REMOTE\""), serverConfig);
        assertTrue(serverConfig.contains("<jvm-options>" + PrepareGlassFish.NO_NETWORK + "</jvm-options>"),
                serverConfig);
        assertTrue(edited.contains(PrepareGlassFish.EMBEDDED_DERBY_POOL), edited);
        assertFalse(edited.contains("ClientDataSource"), edited);
    }

    @Test
    void editingAnEditedFileChangesNothing() {
        String edited = PrepareGlassFish.edit(SHIPPED);

        assertEquals(edited, PrepareGlassFish.edit(edited));
    }
}
