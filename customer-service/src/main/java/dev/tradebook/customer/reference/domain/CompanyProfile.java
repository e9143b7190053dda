package dev.tradebook.customer.reference.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.tradebook.customer.domain.Gstin;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;
import dev.tradebook.platform.runtime.version.ExpectedVersions;

/**
 * The company's settings as the customer master reads and maintains them (GET/PUT /api/v1/settings).
 * The customer rules ask it for the base currency of a new customer, the prefix of a generated customer
 * code and whether a new customer gets a portal login; each call reads the current row, so a change made
 * through the API applies to the next customer without a restart.
 */
@ApplicationScoped
public class CompanyProfile {

    private final EntityManager entityManager;
    private final CityRepository cities;
    private final PerTransaction perTransaction;

    public CompanyProfile(EntityManager entityManager, CityRepository cities, PerTransaction perTransaction) {
        this.entityManager = entityManager;
        this.cities = cities;
        this.perTransaction = perTransaction;
    }

    public Company current() {
        Company company = entityManager.find(Company.class, Company.THE_COMPANY);
        if (company == null) {
            throw new IllegalStateException("company_settings has no row; migration V2 seeds it");
        }
        return company;
    }

    /** ISO 4217 code given to a new customer that names no currency. */
    public String baseCurrency() {
        return perTransaction.answer("base currency", () -> current().baseCurrency());
    }

    /** Prefix of generated customer codes: prefix + a six-digit sequence number. */
    public String customerCodePrefix() {
        return perTransaction.answer("customer code prefix", () -> current().customerCodePrefix());
    }

    /** Whether a new customer gets a portal login unless its request says otherwise. */
    public boolean portalLoginForNewCustomers() {
        return perTransaction.answer("portal login for new customers", () -> current().portalLoginForNewCustomers());
    }

    @Transactional
    public Company revise(CompanyDetails details, ExpectedVersions precondition) {
        Company company = current();
        precondition.check("The settings of the company", company.version());
        Company.check(details);
        String cityCode = details.address() == null ? null : details.address().city();
        City city = cityCode == null ? null : cities.findByIdOptional(cityCode).orElse(null);
        refuseUnknownPlace(company, details, cityCode, city);
        company.revise(details, city);
        entityManager.flush();
        return company;
    }

    /**
     * 422 for what needs the city master: a city that does not exist or was deactivated (the current city
     * may stay), and a GSTIN whose first two digits are not the GST code of the city's state.
     */
    private static void refuseUnknownPlace(Company company, CompanyDetails details, String cityCode, City city) {
        List<Violation> violations = new ArrayList<>();
        if (cityCode != null && city == null) {
            violations.add(new Violation("address.city", "names no city of the city master"));
        } else if (city != null && !city.active()
                && (company.city() == null || !company.city().code().equals(city.code()))) {
            violations.add(new Violation("address.city", "names a deactivated city"));
        }
        String gstin = Checks.stripToNull(details.gstin());
        if (city != null && gstin != null) {
            String gstCode = city.state().gstCode();
            if (gstCode == null) {
                violations.add(new Violation("gstin", "needs an address in India; " + city.name() + " is not"));
            } else if (!Gstin.parse(gstin).stateCode().equals(gstCode)) {
                violations.add(new Violation("gstin", "must start with " + gstCode + ", the GST code of "
                        + city.state().name()));
            }
        }
        if (!violations.isEmpty()) {
            throw new BusinessRuleViolation("company-address-mismatch", "The settings do not fit the city master",
                    violations);
        }
    }
}
