package org.cdisignals.model;

import java.util.List;
import java.util.Map;

/**
 * Django's {@code pre_init}: fired before the persistence provider instantiates an entity it loads from the
 * database.
 *
 * <p>Fired qualified {@code @Sender(sender)} by the provider adapter (EclipseLink), before each instance it creates
 * to hand to the application. The constructor call of application code ({@code new Question()}) fires nothing:
 * Java gives no hook before a constructor runs.
 *
 * @param sender the entity class about to be instantiated
 * @param args   positional constructor arguments; always empty, since providers use the no-argument constructor
 * @param kwargs keyword constructor arguments; always empty, for the same reason
 * @param <T>    the entity type
 */
public record PreInit<T>(Class<T> sender, List<Object> args, Map<String, Object> kwargs) {

    public PreInit {
        args = List.copyOf(args);
        kwargs = Map.copyOf(kwargs);
    }
}
