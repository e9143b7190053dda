package dev.tradebook.platform.runtime.idempotency;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.stream.IntStream;

import jakarta.ws.rs.core.Context;

/**
 * What the interceptor needs to know of an {@link Idempotent} method, looked up once per method (reflection):
 * the indexes of the parameters that carry the request's content, and whether it runs in a plain JDBC
 * transaction first.
 */
record IdempotentMethod(int[] contentParameters, boolean plainJdbcFirst) {

    static IdempotentMethod of(Method method) {
        Parameter[] parameters = method.getParameters();
        Idempotent idempotent = method.isAnnotationPresent(Idempotent.class) ? method.getAnnotation(Idempotent.class)
                : method.getDeclaringClass().getAnnotation(Idempotent.class);
        return new IdempotentMethod(IntStream.range(0, parameters.length)
                .filter(i -> isRequestContent(parameters[i])).toArray(),
                idempotent != null && idempotent.plainJdbcFirst());
    }

    private static boolean isRequestContent(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation instanceof Context) {
                return false;
            }
        }
        String type = parameter.getType().getName();
        return !type.startsWith("jakarta.ws.rs.") && !type.startsWith("io.vertx.");
    }
}
