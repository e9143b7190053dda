package dev.tradebook.gateway.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Puts every method of a REST client interface under its service's guard ({@link ServiceGuard}): timeout,
 * retries where safe, and the service's circuit breaker. Goes on the interface, so a method added later is
 * guarded too.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Guarded {
}
