package dev.tradebook.customer.reference.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradebook.platform.runtime.problem.Violation;

/**
 * What the customer rules ask of the reference data when a customer is saved: does a field name an active
 * code, corporate or city; which statutory numbers are mandatory; do the custom-field values fit. A
 * deactivated entry answers "no": it stays readable for the customers that already refer to it, but no
 * customer can newly choose it.
 */
@ApplicationScoped
public class ReferenceData {

    private final ReferenceCodeRepository codes;
    private final CorporateRepository corporates;
    private final CityRepository cities;
    private final StatutoryCaptionRepository captions;
    private final CustomFieldDefinitions customFields;
    private final PerTransaction perTransaction;

    public ReferenceData(ReferenceCodeRepository codes, CorporateRepository corporates, CityRepository cities,
            StatutoryCaptionRepository captions, CustomFieldDefinitions customFields, PerTransaction perTransaction) {
        this.perTransaction = perTransaction;
        this.codes = codes;
        this.corporates = corporates;
        this.cities = cities;
        this.captions = captions;
        this.customFields = customFields;
    }

    /** E.g. {@code isActiveCode(CodeType.SR, customer.salesRegion())}; null names nothing, so false. */
    public boolean isActiveCode(CodeType type, String code) {
        return code != null && perTransaction.answer(List.of("active code", type, code),
                () -> codes.findByIdOptional(new ReferenceCodeKey(type, code)).map(ReferenceCode::active).orElse(false));
    }

    /** Days from invoice date to due date under active payment terms (PY), empty if the code is no such thing. */
    public Optional<Integer> netDays(String paymentTerms) {
        return paymentTerms == null
                ? Optional.empty()
                : perTransaction.answer(List.of("net days", paymentTerms),
                        () -> codes.findByIdOptional(new ReferenceCodeKey(CodeType.PY, paymentTerms))
                                .filter(ReferenceCode::active)
                                .map(ReferenceCode::netDays));
    }

    public boolean isActiveCorporate(String code) {
        return code != null && perTransaction.answer(List.of("active corporate", code),
                () -> corporates.findByIdOptional(code).map(Corporate::active).orElse(false));
    }

    /** An active city with its state, the state's GST code and its country; empty for unknown or inactive. */
    public Optional<CityPlace> activeCity(String code) {
        return code == null
                ? Optional.empty()
                : perTransaction.answer(List.of("active city", code),
                        () -> cities.findByIdOptional(code).filter(City::active).map(City::place));
    }

    /** Any city, active or not, e.g. to show where an existing customer is. */
    public Optional<CityPlace> city(String code) {
        return code == null ? Optional.empty()
                : perTransaction.answer(List.of("city", code), () -> cities.findByIdOptional(code).map(City::place));
    }

    /** The captions a customer may carry a value for, by code. */
    public List<StatutoryCaption> activeCaptions() {
        return perTransaction.answer("active captions", captions::allActive);
    }

    /** The captions every customer must carry a value for, by code. */
    public List<StatutoryCaption> mandatoryCaptions() {
        return activeCaptions().stream().filter(StatutoryCaption::demandsAValue).toList();
    }

    /** The custom-field values a sales document copies from its customer (definition inheritToDocuments). */
    public Map<String, Object> inheritedToDocuments(Map<String, ?> values) {
        return customFields.inheritedToDocuments(values);
    }

    /** Violations of a customer's {@code customFields} ({@code customFields.<name>}); empty when they fit. */
    public List<Violation> customFieldViolations(Map<String, ?> values) {
        return customFields.check(values);
    }
}
