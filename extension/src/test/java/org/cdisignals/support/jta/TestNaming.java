package org.cdisignals.support.jta;

import java.lang.reflect.Proxy;
import java.util.Hashtable;

import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.OperationNotSupportedException;
import javax.naming.spi.InitialContextFactory;

/**
 * The one JNDI name a Jakarta EE server binds that the library looks up, {@code
 * java:comp/TransactionSynchronizationRegistry}, answered with Narayana's registry (named by the test
 * {@code jndi.properties}); every other name is not bound.
 */
public class TestNaming implements InitialContextFactory {

    static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    @Override
    public Context getInitialContext(Hashtable<?, ?> environment) {
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "lookup" -> {
                        if (REGISTRY.equals(String.valueOf(arguments[0]))) {
                            yield Jta.registry();
                        }
                        throw new NameNotFoundException(String.valueOf(arguments[0]));
                    }
                    case "close" -> null;
                    default -> throw new OperationNotSupportedException(method.getName());
                });
    }
}
