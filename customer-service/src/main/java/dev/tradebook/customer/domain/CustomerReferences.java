package dev.tradebook.customer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradebook.customer.domain.CustomerDetails.Address;
import dev.tradebook.customer.reference.domain.CityPlace;
import dev.tradebook.customer.reference.domain.CodeType;
import dev.tradebook.customer.reference.domain.ReferenceData;
import dev.tradebook.customer.reference.domain.StatutoryCaption;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * The rules that tie a customer to the reference masters: every code it names exists and is active,
 * its state and country come from its city, a GSTIN belongs to that state, the mandatory statutory
 * numbers are there and the custom fields fit their definitions.
 */
@ApplicationScoped
public class CustomerReferences {

    private final ReferenceData references;

    public CustomerReferences(ReferenceData references) {
        this.references = references;
    }

    /** The details with state and country placed from the city; 422 naming every field that breaks a rule. */
    public CustomerDetails place(CustomerDetails details) {
        List<Violation> violations = new ArrayList<>();
        code(violations, "ownershipDetail", CodeType.OD, details.ownershipDetail());
        code(violations, "mainBusiness", CodeType.BT, details.mainBusiness());
        code(violations, "salesRegion", CodeType.SR, details.salesRegion());
        code(violations, "paymentTerms", CodeType.PY, details.paymentTerms());
        code(violations, "modeOfDispatch", CodeType.MOD, details.modeOfDispatch());
        code(violations, "shipmentTerms", CodeType.ST, details.shipmentTerms());
        code(violations, "bank.accountType", CodeType.AT, details.bank() == null ? null : details.bank().accountType());
        code(violations, "salesman", CodeType.SM, details.salesman());
        List<String> groups = details.debtorAccountGroups() == null ? List.of() : details.debtorAccountGroups();
        for (int i = 0; i < groups.size(); i++) {
            code(violations, "debtorAccountGroups[" + i + "]", CodeType.DAG, groups.get(i));
        }
        if (details.corporate() != null && !references.isActiveCorporate(details.corporate())) {
            violations.add(new Violation("corporate", "names no active corporate"));
        }
        Optional<CityPlace> place = city(violations, details.address());
        gstState(violations, details, place);
        statutoryNumbers(violations, details.statutoryNumbers());
        violations.addAll(references.customFieldViolations(details.customFields() == null ? Map.of() : details.customFields()));
        if (!violations.isEmpty()) {
            throw new BusinessRuleViolation("customer-references", violations.size()
                    + " field(s) name reference data that does not allow them", violations);
        }
        return place.map(found -> withPlace(details, found)).orElse(details);
    }

    /** A billing or shipping address with state and country placed from its city; 422 on the field city. */
    public AddressDetails place(AddressDetails address) {
        if (address.city() == null) {
            return address.placed(null, null);
        }
        CityPlace place = references.activeCity(address.city()).orElseThrow(() -> new BusinessRuleViolation(
                "customer-references", "The address names reference data that does not allow it",
                List.of(new Violation("city", "names no active city"))));
        return address.placed(place.stateCode(), place.countryCode());
    }

    private void code(List<Violation> violations, String field, CodeType type, String code) {
        if (code != null && !references.isActiveCode(type, code)) {
            violations.add(new Violation(field, "names no active " + type.name() + " code (" + type.description() + ")"));
        }
    }

    private Optional<CityPlace> city(List<Violation> violations, Address address) {
        if (address == null || address.city() == null) {
            return Optional.empty();
        }
        Optional<CityPlace> place = references.activeCity(address.city());
        if (place.isEmpty()) {
            violations.add(new Violation("address.city", "names no active city"));
        }
        return place;
    }

    /** The first two digits of a GSTIN are the GST code of the state it is registered in. */
    private static void gstState(List<Violation> violations, CustomerDetails details, Optional<CityPlace> place) {
        String gstin = details.gst() == null ? null : details.gst().number();
        if (gstin == null) {
            return;
        }
        if (place.isEmpty()) {
            violations.add(new Violation("gst.number", "needs address.city, to know the state it must belong to"));
        } else if (!place.get().hasGstCode()) {
            violations.add(new Violation("gst.number", "a GSTIN needs an address in India; " + place.get().name()
                    + " is in " + place.get().countryName()));
        } else if (!Gstin.parse(gstin).stateCode().equals(place.get().gstCode())) {
            violations.add(new Violation("gst.number", "belongs to GST state " + Gstin.parse(gstin).stateCode() + ", but "
                    + place.get().name() + " is in " + place.get().stateName() + " (" + place.get().gstCode() + ")"));
        }
    }

    private void statutoryNumbers(List<Violation> violations, Map<String, String> numbers) {
        Map<String, String> given = numbers == null ? Map.of() : numbers;
        Set<String> active = references.activeCaptions().stream().map(StatutoryCaption::code).collect(Collectors.toSet());
        given.keySet().stream().filter(caption -> !active.contains(caption)).sorted()
                .forEach(caption -> violations.add(new Violation("statutoryNumbers." + caption, "is no active statutory caption")));
        references.mandatoryCaptions().stream()
                .filter(caption -> given.get(caption.code()) == null || given.get(caption.code()).isBlank())
                .forEach(caption -> violations.add(new Violation("statutoryNumbers." + caption.code(),
                        caption.label() + " is mandatory")));
    }

    private static CustomerDetails withPlace(CustomerDetails details, CityPlace place) {
        Address address = details.address();
        Address placed = new Address(address.line1(), address.line2(), address.line3(), address.city(), place.stateCode(),
                place.countryCode(), address.pinCode(), address.phone1(), address.phone2(), address.fax());
        return new CustomerDetails(details.name(), details.corporate(), details.type(), details.ownershipDetail(),
                details.mainBusiness(), details.registrationReference(), placed, details.gst(), details.statutoryNumbers(),
                details.email(), details.website(), details.contacts(), details.salesRegion(), details.creditLimit(),
                details.creditActionOnOrder(), details.creditActionOnInvoice(), details.paymentTerms(),
                details.modeOfDispatch(), details.shipmentVia(), details.shipmentTerms(), details.salesman(),
                details.interBranchSite(), details.bank(), details.debtorAccountGroups(), details.externalAccountHead(),
                details.billToCustomers(), details.portal(), details.customFields(), details.source());
    }
}
