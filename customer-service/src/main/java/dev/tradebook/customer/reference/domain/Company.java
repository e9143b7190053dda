package dev.tradebook.customer.reference.domain;

import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.tradebook.customer.domain.Gstin;
import dev.tradebook.platform.runtime.money.Money;

/**
 * The company this deployment serves, as the customer master needs it: its name, address and GSTIN, the
 * base currency a new customer gets when it names none, the prefix of generated customer codes and whether
 * new customers get a portal login. One row (ARCHITECTURE.md: one company per deployment).
 */
@Entity
@Table(name = "company_settings")
public class Company {

    static final short THE_COMPANY = 1;
    static final int NAME_LENGTH = 100;
    static final int LINE_LENGTH = 120;
    static final int PIN_CODE_LENGTH = 10;
    /** Prefix + a six-digit number must stay within the 20 characters of a customer code. */
    static final Pattern CUSTOMER_CODE_PREFIX = Pattern.compile("[A-Z0-9]{1,8}");

    @Id
    private short id;

    @Column(nullable = false)
    private String name;

    @Column(name = "address_line1")
    private String line1;

    @Column(name = "address_line2")
    private String line2;

    @Column(name = "address_line3")
    private String line3;

    @ManyToOne
    @JoinColumn(name = "city_code")
    private City city;

    @Column(name = "pin_code")
    private String pinCode;

    private String gstin;

    @Column(name = "base_currency", nullable = false)
    private String baseCurrency;

    @Column(name = "customer_code_prefix", nullable = false)
    private String customerCodePrefix;

    @Column(name = "portal_login_for_new_customers")
    private boolean portalLoginForNewCustomers;

    @Version
    private long version;

    protected Company() {
    }

    /**
     * Replaces the settings. {@code city} is the city the details name, already looked up (null for none);
     * whether it is active and whether the GSTIN belongs to its state is the caller's check, which knows the
     * city master.
     */
    void revise(CompanyDetails details, City city) {
        check(details);
        CompanyAddress address = details.address() == null ? CompanyAddress.NONE : details.address();
        this.name = Checks.strip(details.name());
        this.line1 = Checks.stripToNull(address.line1());
        this.line2 = Checks.stripToNull(address.line2());
        this.line3 = Checks.stripToNull(address.line3());
        this.city = city;
        this.pinCode = Checks.stripToNull(address.pinCode());
        this.gstin = Checks.stripToNull(details.gstin());
        this.baseCurrency = details.baseCurrency();
        this.customerCodePrefix = details.customerCodePrefix();
        this.portalLoginForNewCustomers = details.portalLoginForNewCustomers();
    }

    /** 400 for every field that is wrong on its own, before anything is looked up. */
    static void check(CompanyDetails details) {
        CompanyAddress address = details.address() == null ? CompanyAddress.NONE : details.address();
        String gstin = Checks.stripToNull(details.gstin());
        Checks checks = new Checks()
                .text("name", Checks.strip(details.name()), NAME_LENGTH)
                .optionalText("address.line1", address.line1(), LINE_LENGTH)
                .optionalText("address.line2", address.line2(), LINE_LENGTH)
                .optionalText("address.line3", address.line3(), LINE_LENGTH)
                .optionalText("address.pinCode", address.pinCode(), PIN_CODE_LENGTH);
        if (gstin != null && !Gstin.isValid(gstin)) {
            checks.refuse("gstin", gstinProblem(gstin));
        }
        if (details.baseCurrency() == null || !Money.isCurrencyCode(details.baseCurrency())) {
            checks.refuse("baseCurrency", "must be an ISO 4217 currency code");
        }
        if (details.customerCodePrefix() == null || !CUSTOMER_CODE_PREFIX.matcher(details.customerCodePrefix()).matches()) {
            checks.refuse("customerCodePrefix", "must be 1 to 8 characters A-Z or 0-9");
        }
        checks.orThrow();
    }

    private static String gstinProblem(String gstin) {
        try {
            Gstin.parse(gstin);
            return "must be a valid GSTIN";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public String name() {
        return name;
    }

    public CompanyAddress address() {
        return new CompanyAddress(line1, line2, line3, city == null ? null : city.code(), pinCode);
    }

    /** The company's city with its state and country, if the address names one. */
    public City city() {
        return city;
    }

    public String gstin() {
        return gstin;
    }

    public String baseCurrency() {
        return baseCurrency;
    }

    public String customerCodePrefix() {
        return customerCodePrefix;
    }

    public boolean portalLoginForNewCustomers() {
        return portalLoginForNewCustomers;
    }

    public long version() {
        return version;
    }
}
