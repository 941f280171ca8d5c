package org.cdisignals.it.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The example's users in WildFly's {@code ApplicationRealm}, the properties realm behind the default
 * {@code other} security domain that a WAR with a security constraint gets: {@code application-users.properties}
 * holds {@code user=HEX(MD5(user:ApplicationRealm:password))}, {@code application-roles.properties} the groups, which
 * the realm's {@code groups-to-roles} decoder turns into roles. Written as {@code add-user.sh -a} would.
 */
final class WildFlyUsers {

    /** The digest realm name of the shipped {@code standalone.xml}, part of every password hash. */
    private static final String REALM = "ApplicationRealm";

    private WildFlyUsers() {
    }

    static void write(Path jbossHome) throws IOException {
        Path config = jbossHome.resolve("standalone/configuration");
        UserFiles.put(config.resolve("application-users.properties"), "=",
                user -> user.username() + "=" + hash(user));
        UserFiles.put(config.resolve("application-roles.properties"), "=",
                user -> user.username() + "=" + String.join(",", user.groups()));
        System.out.println("[PrepareServers] " + config + ": application users " + ExampleUser.summary());
    }

    static String hash(ExampleUser user) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(
                    (user.username() + ":" + REALM + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has MD5", e);
        }
    }
}
