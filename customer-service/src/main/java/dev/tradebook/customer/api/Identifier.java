package dev.tradebook.customer.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.function.Consumer;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import dev.tradebook.customer.domain.GstArn;
import dev.tradebook.customer.domain.Gstin;
import dev.tradebook.customer.domain.Ifsc;

/** A string that must parse as one of the identifier value objects; null is valid (use @NotNull for that). */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = Identifier.Validator.class)
public @interface Identifier {

    Kind value();

    String message() default "{problem}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        GSTIN(Gstin::parse), IFSC(Ifsc::parse), GST_ARN(GstArn::parse);

        private final Consumer<String> parser;

        Kind(Consumer<String> parser) {
            this.parser = parser;
        }
    }

    class Validator implements ConstraintValidator<Identifier, String> {

        private Kind kind;

        @Override
        public void initialize(Identifier annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                kind.parser.accept(value);
                return true;
            } catch (IllegalArgumentException e) {
                // A message parameter is not interpolated again, so the user's value cannot inject an expression.
                context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("problem", e.getMessage());
                return false;
            }
        }
    }
}
