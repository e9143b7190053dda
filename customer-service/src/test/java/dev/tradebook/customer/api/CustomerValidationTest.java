package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.create;
import static dev.tradebook.customer.api.Customers.full;
import static dev.tradebook.customer.api.Customers.uniqueCode;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** Formats and lengths at the edge: 400 problems naming the field by its JSON path. */
@QuarkusTest
class CustomerValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";

    /** The full body with {@code patch} merged into it (RFC 7396). */
    static String fullWith(String patch) {
        try {
            return JSON.writeValueAsString(CustomerResource.mergePatch(JSON.readTree(full(uniqueCode("VAL"))),
                    JSON.readTree(patch)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> tooLong() {
        return Stream.of(
                Arguments.of("corporate", "{\"corporate\": \"%s\"}".formatted("C".repeat(21))),
                Arguments.of("ownershipDetail", "{\"ownershipDetail\": \"%s\"}".formatted("O".repeat(21))),
                Arguments.of("registrationReference", "{\"registrationReference\": \"%s\"}".formatted("R".repeat(11))),
                Arguments.of("address.line1", "{\"address\": {\"line1\": \"%s\"}}".formatted("L".repeat(121))),
                Arguments.of("address.line3", "{\"address\": {\"line3\": \"%s\"}}".formatted("L".repeat(121))),
                Arguments.of("address.city", "{\"address\": {\"city\": \"%s\"}}".formatted("C".repeat(21))),
                Arguments.of("address.pinCode", "{\"address\": {\"pinCode\": \"%s\"}}".formatted("4".repeat(11))),
                Arguments.of("address.phone2", "{\"address\": {\"phone2\": \"%s\"}}".formatted("9".repeat(51))),
                Arguments.of("address.fax", "{\"address\": {\"fax\": \"%s\"}}".formatted("9".repeat(11))),
                Arguments.of("gst.registrationStatus", "{\"gst\": {\"registrationStatus\": \"%s\"}}".formatted("S".repeat(21))),
                Arguments.of("statutoryNumbers[PAN]", "{\"statutoryNumbers\": {\"PAN\": \"%s\"}}".formatted("P".repeat(41))),
                Arguments.of("email", "{\"email\": \"%s@x.example\"}".formatted("e".repeat(40))),
                Arguments.of("website", "{\"website\": \"%s\"}".formatted("w".repeat(41))),
                Arguments.of("contacts[0].name", "{\"contacts\": [{\"name\": \"%s\"}]}".formatted("N".repeat(61))),
                Arguments.of("contacts[1].department", "{\"contacts\": [{\"name\": \"A\"}, {\"name\": \"B\", \"department\": \"%s\"}]}".formatted("D".repeat(41))),
                Arguments.of("contacts[0].mobile", "{\"contacts\": [{\"name\": \"A\", \"mobile\": \"%s\"}]}".formatted("9".repeat(16))),
                Arguments.of("shipmentVia", "{\"shipmentVia\": \"%s\"}".formatted("V".repeat(61))),
                Arguments.of("salesman", "{\"salesman\": \"%s\"}".formatted("S".repeat(61))),
                Arguments.of("interBranchSite", "{\"interBranchSite\": \"%s\"}".formatted("I".repeat(21))),
                Arguments.of("bank.name", "{\"bank\": {\"name\": \"%s\"}}".formatted("B".repeat(41))),
                Arguments.of("bank.accountNumber", "{\"bank\": {\"accountNumber\": \"%s\"}}".formatted("1".repeat(31))),
                Arguments.of("bank.beneficiaryName", "{\"bank\": {\"beneficiaryName\": \"%s\"}}".formatted("B".repeat(61))),
                Arguments.of("bank.weeklyHours", "{\"bank\": {\"weeklyHours\": \"%s\"}}".formatted("H".repeat(41))),
                Arguments.of("bank.address", "{\"bank\": {\"address\": \"%s\"}}".formatted("A".repeat(256))),
                Arguments.of("bank.holidays", "{\"bank\": {\"holidays\": \"%s\"}}".formatted("H".repeat(256))),
                Arguments.of("externalAccountHead", "{\"externalAccountHead\": \"%s\"}".formatted("X".repeat(41))),
                Arguments.of("portal.email", "{\"portal\": {\"email\": \"%s@x.example\"}}".formatted("p".repeat(41))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooLong")
    void refusesAValueLongerThanItsFieldNamingTheField(String field, String patch) {
        create(fullWith(patch)).then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/validation"))
                .body("violations.field", contains(field));
    }

    @Test
    void refusesACustomerWithoutType() {
        create(fullWith("{\"type\": null}")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("type"));
    }

    @Test
    void refusesAnUnknownType() {
        create(fullWith("{\"type\": \"WHOLESALER\"}")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("type"));
    }

    @Test
    void refusesAnInvalidGstin() {
        create(fullWith("{\"gst\": {\"number\": \"27AAPFU0939F1ZO\"}}")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("gst.number"));
    }

    @Test
    void refusesAnArnThatIsNotFifteenCharacters() {
        create(fullWith("{\"gst\": {\"arn\": \"AA27071712345\"}}")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("gst.arn"));
    }

    @Test
    void refusesAnInvalidIfsc() {
        create(fullWith("{\"bank\": {\"ifsc\": \"KARB1000001\"}}")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("bank.ifsc"));
    }

    @Test
    void refusesAMalformedEmail() {
        create(fullWith("{\"email\": \"not-an-address\"}")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("email"));
    }

    @Test
    void refusesAMalformedContactEmail() {
        create(fullWith("{\"contacts\": [{\"name\": \"A\", \"email\": \"nope\"}]}")).then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("contacts[0].email"));
    }

    @Test
    void refusesAContactWithoutName() {
        create(fullWith("{\"contacts\": [{\"designation\": \"Buyer\"}]}")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("contacts[0].name"));
    }

    @Test
    void refusesANegativeCreditLimit() {
        create(fullWith("{\"creditLimit\": \"-0.01\"}")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("creditLimit"));
    }

    @Test
    void refusesAnUnknownCreditAction() {
        create(fullWith("{\"creditActionOnInvoice\": \"IGNORE\"}")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("creditActionOnInvoice"));
    }

    @Test
    void refusesAPaymentTypeOtherThanBillToBill() {
        create(fullWith("{\"bank\": {\"paymentType\": \"ON_ACCOUNT\"}}")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("bank.paymentType"));
    }

    @Test
    void refusesAnUnknownSource() {
        create(fullWith("{\"source\": \"FAX\"}")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("source"));
    }

    @Test
    void refusesACustomFieldThatIsNotAScalar() {
        create(fullWith("{\"customFields\": {\"nested\": {\"a\": 1}}}")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("customFields[nested]"));
    }

    @Test
    void refusesAnInvalidBillToCode() {
        create(fullWith("{\"billToCustomers\": [\"lower\"]}")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("billToCustomers[0]"));
    }
}
