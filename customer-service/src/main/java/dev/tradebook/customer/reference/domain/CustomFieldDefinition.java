package dev.tradebook.customer.reference.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * A field the company adds to its customer master (e.g. "preferredTransporter", a CHOICE of "drugLicence
 * expiry" DATE). A customer's {@code customFields} are keyed by the name; fields marked inheritToDocuments
 * are copied onto the sales documents made for the customer.
 */
@Entity
@Table(name = "custom_field_definition")
public class CustomFieldDefinition {

    /** A JSON key in camelCase, so that customFields reads like the rest of the API. */
    static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");
    static final int LABEL_LENGTH = 60;
    static final int CHOICE_LENGTH = 60;
    static final int MAX_CHOICES = 100;

    @Id
    private String name;

    @Column(nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomFieldType type;

    /** CHOICE only: the values a customer may pick, in the order they are offered. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] choices;

    private boolean required;

    @Column(name = "inherit_to_documents")
    private boolean inheritToDocuments;

    private boolean active;

    @Version
    private long version;

    protected CustomFieldDefinition() {
    }

    static CustomFieldDefinition define(String name, CustomFieldSpec spec) {
        Checks checks = new Checks();
        if (name == null || !NAME.matcher(name).matches()) {
            checks.refuse("name", "must be 1 to 40 letters or digits in camelCase, starting with a lower-case letter");
        }
        checkSpec(spec, checks);
        CustomFieldDefinition field = new CustomFieldDefinition();
        field.name = name;
        field.type = spec.type();
        field.apply(spec);
        return field;
    }

    /** Everything but the type may change: values already stored for the field would no longer fit another. */
    void revise(CustomFieldSpec spec) {
        checkSpec(spec, new Checks());
        if (spec.type() != type) {
            throw new BusinessRuleViolation("custom-field-type-fixed",
                    "Custom field " + name + " is " + type + " and stays so; define a new field instead",
                    List.of(new Violation("type", "cannot change once the field is defined")));
        }
        apply(spec);
    }

    /** Why a value does not fit this field, or empty when it does. */
    public Optional<String> refusal(Object value) {
        return type.refusal(value, choices());
    }

    private void apply(CustomFieldSpec spec) {
        label = Checks.strip(spec.label());
        choices = spec.type() == CustomFieldType.CHOICE
                ? spec.choices().stream().map(String::strip).toArray(String[]::new)
                : null;
        required = spec.required();
        inheritToDocuments = spec.inheritToDocuments();
        active = spec.active();
    }

    private static void checkSpec(CustomFieldSpec spec, Checks checks) {
        checks.text("label", Checks.strip(spec.label()), LABEL_LENGTH);
        List<String> choices = spec.choices() == null ? List.of() : spec.choices();
        if (spec.type() == null) {
            checks.refuse("type", "is required");
        } else if (spec.type() == CustomFieldType.CHOICE) {
            checkChoices(choices, checks);
        } else if (!choices.isEmpty()) {
            checks.refuse("choices", "apply to CHOICE fields only");
        }
        checks.orThrow();
    }

    private static void checkChoices(List<String> choices, Checks checks) {
        if (choices.isEmpty()) {
            checks.refuse("choices", "must offer at least one choice for a CHOICE field");
        } else if (choices.size() > MAX_CHOICES) {
            checks.refuse("choices", "must offer at most " + MAX_CHOICES + " choices");
        }
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            String choice = Checks.strip(choices.get(i));
            checks.text("choices[" + i + "]", choice, CHOICE_LENGTH);
            if (choice != null && !choice.isBlank() && !seen.add(choice)) {
                checks.refuse("choices[" + i + "]", "repeats an earlier choice");
            }
        }
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public CustomFieldType type() {
        return type;
    }

    /** Empty unless the field is a CHOICE. */
    public List<String> choices() {
        return choices == null ? List.of() : List.of(choices);
    }

    public boolean required() {
        return required;
    }

    public boolean inheritToDocuments() {
        return inheritToDocuments;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
