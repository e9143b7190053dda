package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.create;
import static dev.tradebook.customer.api.Customers.createMinimal;
import static dev.tradebook.customer.api.Customers.etag;
import static dev.tradebook.customer.api.Customers.patch;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** Read-only fields sent by a client are refused with 400 naming them, on create and on patch. */
@QuarkusTest
class ReadOnlyFieldsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "status|\"INACTIVE\"", "onHold|true", "holdReasons|[\"MANUAL\"]", "balance|\"10.00\"",
            "owner|\"someone\"", "version|3", "createdAt|\"2026-01-01T00:00:00Z\"",
            "updatedAt|\"2026-01-01T00:00:00Z\""})
    void refusesAReadOnlyFieldOnCreate(String field, String value) {
        create("{\"name\": \"RO\", \"type\": \"CUSTOMER\", \"debtorAccountGroups\": [\"DOM\"], \"%s\": %s}"
                .formatted(field, value))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/unknown-field"))
                .body("violations[0].field", equalTo(field));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"address.state|{\"address\": {\"state\": \"MH\"}}",
            "address.country|{\"address\": {\"country\": \"IN\"}}"})
    void refusesADerivedAddressFieldOnCreate(String field, String body) {
        create(body.replaceFirst("^\\{", "{\"name\": \"RO\", \"type\": \"CUSTOMER\", \"debtorAccountGroups\": [\"DOM\"], "))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"balance|{\"balance\": \"1.00\"}", "address.state|{\"address\": {\"state\": \"MH\"}}"})
    void refusesAReadOnlyFieldInAPatch(String field, String body) {
        String code = createMinimal("ROP");
        patch(code, etag(code), body)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }
}
