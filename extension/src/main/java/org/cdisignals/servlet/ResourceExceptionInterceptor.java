package org.cdisignals.servlet;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Tells the request filter what happened inside JAX-RS, which otherwise maps an exception to a response out of the
 * filter's sight (RESTEasy's default mapper answers 500 and returns normally; nothing of the exception is left on the
 * request). On a resource bean it notes the exception a business method throws; on an application's exception
 * mapper it notes that the application handled one. Outermost ({@code PLATFORM_BEFORE}), so it sees what the
 * implementation sees, after any transaction interceptor's wrapping. Added to the beans by
 * {@link ResourceExceptionsExtension}; outside a request the filter signals, it only passes the call on.
 */
@Interceptor
@ReportsResourceExceptions
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class ResourceExceptionInterceptor {

    private static final ClassValue<Boolean> MAPPERS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return ResourceExceptionsExtension.isExceptionMapper(type);
        }
    };

    @AroundInvoke
    Object report(InvocationContext invocation) throws Exception {
        if (MAPPERS.get(invocation.getTarget().getClass())) {
            if (invocation.getMethod().getName().equals("toResponse")) {
                RequestSignalsFilter.mappedByApplication();
            }
            return invocation.proceed();
        }
        try {
            return invocation.proceed();
        } catch (Throwable failure) {
            RequestSignalsFilter.resourceFailed(failure);
            throw failure;
        }
    }
}
