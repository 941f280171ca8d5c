package org.cdisignals.it.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class FileRealmUsersTest {

    /** The line Payara 6.2025.9 ships in {@code domain1/config/admin-keyfile}: user admin, empty password. */
    private static final String SHIPPED_ADMIN = "{SSHA256}Zl1/VMPYxMuFI2R9vhSzL0UucS4fY5aM5g/9yhmRxNiT3CH+nGzrsA==";

    /** What GlassFish 7.0.21 ships in {@code domain1/config/admin-keyfile}: user admin, empty password. */
    private static final String SHIPPED_ADMIN_GLASSFISH_7 =
            "{SSHA256}jI+/GC175aT0jKLmO6Y/TFG2gnb2+LYZtbInit0zjGQdh+A4zEvA8w==";

    /** What GlassFish 8.0.0-JDK17-M12 ships there. */
    private static final String SHIPPED_ADMIN_GLASSFISH_8 =
            "{SSHA256}lD5mcQBWtDvJfNzQRtVO+J8OAQ1wSV19ysOtBpvnfqy/qiXKXXLt+w==";

    @Test
    void encodesThePasswordAsPayaraDoes() {
        assertEncodesTheEmptyPasswordAs(SHIPPED_ADMIN);
    }

    @Test
    void encodesThePasswordAsGlassFish7And8Do() {
        assertEncodesTheEmptyPasswordAs(SHIPPED_ADMIN_GLASSFISH_7);
        assertEncodesTheEmptyPasswordAs(SHIPPED_ADMIN_GLASSFISH_8);
    }

    private static void assertEncodesTheEmptyPasswordAs(String shipped) {
        byte[] hashAndSalt = Base64.getDecoder().decode(shipped.substring("{SSHA256}".length()));
        byte[] salt = Arrays.copyOfRange(hashAndSalt, 32, hashAndSalt.length);

        assertEquals(shipped, FileRealmUsers.encode("", salt));
    }
}
