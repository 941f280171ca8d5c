package org.cdisignals.support;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/** Stand-ins for container interfaces (servlet requests, sessions, responses) in tests that need no container. */
public final class Fakes {

    private Fakes() {
    }

    /** An implementation of {@code type} answering the named methods; every other method returns null or false. */
    public static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer != null) {
                return answer.apply(args);
            }
            return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
        }));
    }
}
