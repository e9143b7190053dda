package dev.tradebook.customer.api;

import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A JSON value that is a string, number, boolean or null: never an object or array. */
@Documented
@Retention(RUNTIME)
@Target(TYPE_USE)
@Constraint(validatedBy = ScalarJson.Validator.class)
public @interface ScalarJson {

    String message() default "must be a string, number, boolean or null";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ScalarJson, Object> {

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return value == null || value instanceof String || value instanceof Number || value instanceof Boolean;
        }
    }
}
