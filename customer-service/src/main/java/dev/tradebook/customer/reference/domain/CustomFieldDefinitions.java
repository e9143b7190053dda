package dev.tradebook.customer.reference.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.runtime.persistence.UniqueInsert;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.problem.StateConflict;
import dev.tradebook.platform.runtime.problem.Violation;
import dev.tradebook.platform.runtime.version.ExpectedVersions;

/** The use cases of custom-field definitions, and the check of a customer's values against them. */
@ApplicationScoped
public class CustomFieldDefinitions {

    private final CustomFieldDefinitionRepository fields;
    private final PerTransaction perTransaction;

    public CustomFieldDefinitions(CustomFieldDefinitionRepository fields, PerTransaction perTransaction) {
        this.fields = fields;
        this.perTransaction = perTransaction;
    }

    public ResultPage<CustomFieldDefinition> list(Boolean active, int page, int size) {
        return fields.page(active, page, size);
    }

    public CustomFieldDefinition get(String name) {
        return fields.findByIdOptional(name).orElseThrow(() -> new ResourceNotFound("Custom field", name));
    }

    @Transactional
    public CustomFieldDefinition define(String name, CustomFieldSpec spec) {
        CustomFieldDefinition field = CustomFieldDefinition.define(name, spec);
        if (fields.findByIdOptional(name).isPresent()) {
            throw taken(name);
        }
        return UniqueInsert.persist(fields.getEntityManager(), field, () -> taken(name));
    }

    @Transactional
    public CustomFieldDefinition revise(String name, ExpectedVersions precondition, CustomFieldSpec spec) {
        CustomFieldDefinition field = get(name);
        precondition.check("Custom field " + name, field.version());
        field.revise(spec);
        fields.flush();
        return field;
    }

    /** The violations of a customer's custom-field values against today's active definitions; empty = valid. */
    public List<Violation> check(Map<String, ?> values) {
        return CustomFieldValues.check(active(), values);
    }

    /** The values whose active definition says they travel onto sales documents. */
    public Map<String, Object> inheritedToDocuments(Map<String, ?> values) {
        Map<String, Object> inherited = new LinkedHashMap<>();
        active().stream().filter(CustomFieldDefinition::inheritToDocuments)
                .filter(field -> values.get(field.name()) != null)
                .forEach(field -> inherited.put(field.name(), values.get(field.name())));
        return inherited;
    }

    private List<CustomFieldDefinition> active() {
        return perTransaction.answer("active custom fields", fields::allActive);
    }

    private static StateConflict taken(String name) {
        return new StateConflict("custom-field-taken", "Custom field " + name + " already exists");
    }
}
