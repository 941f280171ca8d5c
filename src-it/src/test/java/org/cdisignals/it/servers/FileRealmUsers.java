package org.cdisignals.it.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The example's users in the {@code file} realm ({@code domain1/config/keyfile}) of Payara and GlassFish, the default
 * realm of the shipped {@code domain.xml}, which authenticates BASIC logins of a WAR that names no realm of its own. A
 * line is {@code user;{SSHA256}BASE64(hash ‖ salt);group,group}, as {@code FileRealmStorageManager} and
 * {@code org.glassfish.security.common.SSHA} (Payara 6.2025.9, GlassFish 7.0.21 and 8.0.0-JDK17-M12) write and read
 * it: an 8-byte random salt, and the hash SHA-256 of the password's bytes followed by the salt, digested 99 more
 * times. The groups become roles through the WAR's {@code glassfish-web.xml}.
 */
final class FileRealmUsers {

    private static final String TAG = "{SSHA256}";
    private static final int SALT_BYTES = 8;
    private static final int ROUNDS = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private FileRealmUsers() {
    }

    /** {@code home}: the server's product directory, {@code …/payara6}, {@code …/glassfish7} or {@code …/glassfish8}. */
    static void write(Path home) throws IOException {
        Path keyfile = home.resolve("glassfish/domains/domain1/config/keyfile");
        UserFiles.put(keyfile, ";", user -> user.username() + ";" + encode(user.password(), salt()) + ";"
                + String.join(",", user.groups()));
        System.out.println("[PrepareServers] " + keyfile + ": file realm users " + ExampleUser.summary());
    }

    /** The password field of a keyfile line for {@code password} with {@code salt}. */
    static String encode(String password, byte[] salt) {
        byte[] hash = hash(password, salt);
        byte[] hashAndSalt = new byte[hash.length + salt.length];
        System.arraycopy(hash, 0, hashAndSalt, 0, hash.length);
        System.arraycopy(salt, 0, hashAndSalt, hash.length, salt.length);
        return TAG + Base64.getEncoder().encodeToString(hashAndSalt);
    }

    private static byte[] hash(String password, byte[] salt) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            // The server takes the password's bytes in the platform charset; ASCII passwords read the same in any.
            sha256.update(password.getBytes(StandardCharsets.UTF_8));
            byte[] hash = sha256.digest(salt);
            for (int round = 1; round < ROUNDS; round++) {
                hash = sha256.digest(hash);
            }
            return hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static byte[] salt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }
}
