package org.cdisignals.spi;

import java.io.PrintWriter;
import java.util.List;

import org.cdisignals.migrate.PostMigrate;
import org.cdisignals.migrate.PreMigrate;

/**
 * What a provider adapter or the Flyway adapter calls around a schema migration it is about to run / has run. A
 * migration that runs before the CDI container has started (a server deploying the unit first) is announced when the
 * container starts.
 */
public final class MigrateEmitter {

    private MigrateEmitter() {
    }

    /**
     * Whether the signals may be sent, so that an adapter computes the plan only when it will be: before the
     * container runs nobody can tell, and the plan is kept for it.
     */
    public static boolean observed() {
        return !Emitter.running() || Emitter.observed(PreMigrate.class, null) || Emitter.observed(PostMigrate.class, null);
    }

    /**
     * Sends {@code PreMigrate} now, where an observer's exception stops the migration; or, before the container runs,
     * holds it for the container's start, when the migration has long happened. Returns whether it was sent now.
     */
    public static boolean preMigrate(String using, List<String> plan) {
        PreMigrate event = new PreMigrate(using, List.copyOf(plan), 1, false, stdout());
        return Emitter.sendOrHold(PreMigrate.class, null, () -> event);
    }

    public static void postMigrate(String using, List<String> plan) {
        PostMigrate event = new PostMigrate(using, List.copyOf(plan), 1, false, stdout());
        Emitter.sendOrHold(PostMigrate.class, null, () -> event);
    }

    // Not closed by anyone: closing it would close System.out.
    private static PrintWriter stdout() {
        return new PrintWriter(System.out, true);
    }
}
