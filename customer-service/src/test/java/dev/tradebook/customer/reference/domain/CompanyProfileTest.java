package dev.tradebook.customer.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.tradebook.platform.runtime.version.ExpectedVersions;

/** What CustomerService will ask instead of the configuration: the company's row, seeded from that configuration. */
@QuarkusTest
class CompanyProfileTest {

    private static final CompanyDetails SEEDED = new CompanyDetails("Company name not set", CompanyAddress.NONE, null,
            "INR", "C", false);

    @Inject
    CompanyProfile company;

    @AfterEach
    void restoreTheSeededSettings() {
        company.revise(SEEDED, ExpectedVersions.any());
    }

    @Test
    void startsWithTheConfiguredBaseCurrencyAndPrefix() {
        assertThat(company.baseCurrency()).isEqualTo("INR");
        assertThat(company.customerCodePrefix()).isEqualTo("C");
        assertThat(company.portalLoginForNewCustomers()).isFalse();
    }

    @Test
    void answersAChangeAtOnce() {
        company.revise(new CompanyDetails("Gulf Traders", new CompanyAddress("Deira", null, null, "DUBAI", null), null,
                "AED", "GT", true), ExpectedVersions.any());

        assertThat(company.baseCurrency()).isEqualTo("AED");
        assertThat(company.customerCodePrefix()).isEqualTo("GT");
        assertThat(company.portalLoginForNewCustomers()).isTrue();
        assertThat(company.current().city().place().countryCode()).isEqualTo("AE");
    }
}
