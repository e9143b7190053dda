package dev.tradebook.customer.api;

import java.lang.annotation.ElementType;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidatorFactory;

import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * Validates a customer body (sent or merged from a patch) or the body of one of its parts, and refuses it with 400 naming each field by
 * its JSON path ({@code address.pinCode}, {@code contacts[0].email}, {@code statutoryNumbers[PAN]}).
 */
@ApplicationScoped
class RequestValidation {

    private final Validator validator;

    RequestValidation(ValidatorFactory validators) {
        // The bodies are plain records, never JPA entities: none of their properties can be unloaded. The default
        // resolver asked Hibernate about each one (by reflection) and cached its answers: half of the validation's
        // cost for an import row. The constraints and their messages are those of the factory, as before.
        this.validator = validators.unwrap(HibernateValidatorFactory.class).usingContext()
                .traversableResolver(new EverythingReachable())
                .enableTraversableResolverResultCache(false)
                .getValidator();
    }

    /** A body that was sent at all; an empty body reaches a resource as null. */
    static <T> T present(T request) {
        if (request == null) {
            throw new InvalidRequest("malformed-request", "The request body is missing", List.of());
        }
        return request;
    }

    <T> T valid(T request) {
        present(request);
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<Violation> fields = violations.stream()
                    .map(v -> new Violation(jsonPath(v), v.getMessage()))
                    .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                    .toList();
            throw new InvalidRequest("validation", fields.size() + " field(s) failed validation", fields);
        }
        return request;
    }

    /** Hibernate Validator's path without its container-element markers such as {@code .<list element>}. */
    static String jsonPath(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString()
                .replaceAll("\\.?<[^>]*>", "")
                .replaceAll("\\.$", "");
    }

    /** Every property of a request body is there to be validated, and cascaded into where it says {@code @Valid}. */
    private static final class EverythingReachable implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean,
                ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean,
                ElementType elementType) {
            return true;
        }
    }
}
