package org.cdisignals.it.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WildFlyUsersTest {

    /** What WildFly 39's {@code add-user.sh -a -u editor -p editor-secret} wrote into application-users.properties. */
    @Test
    void hashesThePasswordAsAddUserDoes() {
        assertEquals("523a8d62d7321780861a6f97b5650d1f", WildFlyUsers.hash(ExampleUser.EDITOR));
    }
}
