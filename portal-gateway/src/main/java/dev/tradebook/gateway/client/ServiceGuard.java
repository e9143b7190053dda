package dev.tradebook.gateway.client;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Runs each call of a {@link Guarded} REST client through its service's guard. A call is repeated only when
 * repeating it cannot do a thing twice: a read, or a write carrying an Idempotency-Key (the service answers a
 * repeat with its first answer). A bare POST is never repeated. What the caller gets when it all fails: the
 * service's own error answer if it gave one, else {@link ServiceUnavailable} (503).
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class ServiceGuard {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    ServiceGuards guards;

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        Method method = declared(invocation.getMethod());
        String service = serviceOf(method);
        boolean repeatable = repeatable(method, invocation.getParameters());
        try {
            return guards.of(service).call(() -> attempt(invocation, repeatable), Object.class);
        } catch (FailedAttempt failed) {
            if (failed.getCause() instanceof ServiceRefusal refusal) {
                throw refusal;
            }
            throw unavailable(service, failed.timedOut() ? "did not answer in time" : "cannot be reached", failed.getCause());
        } catch (CircuitBreakerOpenException open) {
            throw unavailable(service, "keeps failing and is given a rest", open);
        }
    }

    private static Object attempt(InvocationContext invocation, boolean repeatable) throws Exception {
        try {
            return invocation.proceed();
        } catch (ServiceRefusal refusal) {
            if (refusal.status() < 500) {
                throw refusal;
            }
            throw new FailedAttempt(refusal, repeatable);
        } catch (ProcessingException unreachable) {
            // A service that is slow now is not hurried by asking again: a timed-out call is not repeated.
            throw new FailedAttempt(unreachable, repeatable && !FailedAttempt.timedOut(unreachable));
        }
    }

    static boolean repeatable(Method method, Object[] arguments) {
        if (method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(HEAD.class)) {
            return true;
        }
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof HeaderParam header && header.value().equalsIgnoreCase(IDEMPOTENCY_KEY)
                        && arguments[i] instanceof String key && !key.isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The method as the client interface declares it, with its JAX-RS annotations. */
    private static Method declared(Method method) {
        if (method.getDeclaringClass().isInterface()) {
            return method;
        }
        for (Class<?> api : method.getDeclaringClass().getInterfaces()) {
            try {
                return api.getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException notThisOne) {
                // another interface of the generated client declares it
            }
        }
        return method;
    }

    private static String serviceOf(Method method) {
        RegisterRestClient client = method.getDeclaringClass().getAnnotation(RegisterRestClient.class);
        return client != null && !client.configKey().isEmpty() ? client.configKey() : method.getDeclaringClass().getSimpleName();
    }

    private ServiceUnavailable unavailable(String service, String why, Throwable cause) {
        return new ServiceUnavailable(service, why, guards.retryAfterSeconds(), cause);
    }
}
