package dev.tradebook.platform.runtime.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Honours the {@code Idempotency-Key} header on a creating POST: same key and body replay the first
 * response, another body is 422, a key whose first request is still running is 409. The method must
 * return a {@code jakarta.ws.rs.core.Response}; its effect and the stored response commit together.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {

    /**
     * The request runs first in a plain JDBC transaction ({@code JdbcTransactions}), for a method whose usual path
     * writes with plain JDBC only; if it calls {@code requireJta()} it runs again, from the start, in JTA.
     */
    @Nonbinding
    boolean plainJdbcFirst() default false;
}
