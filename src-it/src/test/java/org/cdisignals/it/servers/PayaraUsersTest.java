package org.cdisignals.it.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class PayaraUsersTest {

    /** The line Payara 6.2025.9 ships in {@code domain1/config/admin-keyfile}: user admin, empty password. */
    private static final String SHIPPED_ADMIN = "{SSHA256}Zl1/VMPYxMuFI2R9vhSzL0UucS4fY5aM5g/9yhmRxNiT3CH+nGzrsA==";

    @Test
    void encodesThePasswordAsPayaraDoes() {
        byte[] hashAndSalt = Base64.getDecoder().decode(SHIPPED_ADMIN.substring("{SSHA256}".length()));
        byte[] salt = Arrays.copyOfRange(hashAndSalt, 32, hashAndSalt.length);

        assertEquals(SHIPPED_ADMIN, PayaraUsers.encode("", salt));
    }
}
