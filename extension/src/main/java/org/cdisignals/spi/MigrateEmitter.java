package org.cdisignals.spi;

import java.io.PrintWriter;
import java.util.List;

import org.cdisignals.cdi.Dispatcher;
import org.cdisignals.cdi.SignalsRuntime;
import org.cdisignals.cdi.Target;
import org.cdisignals.migrate.PostMigrate;
import org.cdisignals.migrate.PreMigrate;

/** What a provider adapter calls around a schema generation it is about to run / has run. */
public final class MigrateEmitter {

    private MigrateEmitter() {
    }

    /** Whether anyone listens, so that an adapter computes the plan only when it will be sent. */
    public static boolean observed() {
        return target(PreMigrate.class) != null || target(PostMigrate.class) != null;
    }

    public static void preMigrate(String using, List<String> plan) {
        Target target = target(PreMigrate.class);
        if (target != null) {
            target.fire(new PreMigrate(using, List.copyOf(plan), 1, false, stdout()));
        }
    }

    public static void postMigrate(String using, List<String> plan) {
        Target target = target(PostMigrate.class);
        if (target != null) {
            target.fire(new PostMigrate(using, List.copyOf(plan), 1, false, stdout()));
        }
    }

    // Not closed by anyone: closing it would close System.out.
    private static PrintWriter stdout() {
        return new PrintWriter(System.out, true);
    }

    private static Target target(Class<?> eventClass) {
        Dispatcher dispatcher = SignalsRuntime.dispatcher();
        if (dispatcher == null) {
            return null;
        }
        Target target = dispatcher.target(eventClass, null);
        return target.observed() ? target : null;
    }
}
