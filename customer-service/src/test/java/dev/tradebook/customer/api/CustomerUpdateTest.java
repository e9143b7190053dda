package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.create;
import static dev.tradebook.customer.api.Customers.createMinimal;
import static dev.tradebook.customer.api.Customers.etag;
import static dev.tradebook.customer.api.Customers.full;
import static dev.tradebook.customer.api.Customers.get;
import static dev.tradebook.customer.api.Customers.minimal;
import static dev.tradebook.customer.api.Customers.patch;
import static dev.tradebook.customer.api.Customers.put;
import static dev.tradebook.customer.api.Customers.uniqueCode;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** PUT replaces, PATCH merges (RFC 7396); both need the ETag of the version they change. */
@QuarkusTest
class CustomerUpdateTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void putReplacesEveryWritableFieldAndAnswersTheNewVersion() {
        String code = createMinimal("PUT");

        put(code, etag(code), full(code)).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("type", equalTo("DISTRIBUTOR"))
                .body("address.city", equalTo("PUNE"))
                .body("contacts[1].name", equalTo("Meena Rao"))
                .body("creditLimit", equalTo("250000.50"));

        get(code).then().statusCode(200).body("gst.number", equalTo("27AAPFU0939F1ZV"))
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    void putClearsWhatTheBodyLeavesOut() {
        String code = uniqueCode("PUTC");
        create(full(code)).then().statusCode(201);

        put(code, etag(code), minimal(code)).then().statusCode(200)
                .body("corporate", nullValue())
                .body("address.city", nullValue())
                .body("contacts", empty())
                .body("creditLimit", equalTo("0.00"))
                .body("creditActionOnOrder", equalTo("STOP"))
                .body("source", equalTo("MANUAL"));
    }

    @Test
    void putThatChangesNothingKeepsTheVersion() {
        String code = createMinimal("SAME");

        put(code, "\"0\"", minimal(code)).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void patchChangesOnlyWhatItNamesAndMergesObjects() {
        String code = uniqueCode("PAT");
        create(full(code)).then().statusCode(201);

        patch(code, etag(code), """
                {"salesman": "NEHA-JOSHI", "address": {"pinCode": "411002", "fax": null}, "corporate": null}""")
                .then().statusCode(200)
                .body("salesman", equalTo("NEHA-JOSHI"))
                .body("address.pinCode", equalTo("411002"))
                .body("address.fax", nullValue())
                .body("address.line1", equalTo("12 Market Road"))
                .body("corporate", nullValue())
                .body("contacts[0].name", equalTo("Ravi Sharma"))
                .body("debtorAccountGroups", contains("DOM", "EXP"))
                .body("version", equalTo(1));
    }

    @Test
    void patchKeepsTheIdsOfUntouchedContacts() {
        String code = uniqueCode("PATC");
        create(full(code)).then().statusCode(201);
        int firstId = get(code).then().extract().path("contacts[0].id");

        patch(code, etag(code), "{\"website\": \"https://new.example\"}").then().statusCode(200)
                .body("contacts[0].id", equalTo(firstId));
    }

    @Test
    void putOfTheBodyAsReadKeepsTheContactIds() {
        String code = uniqueCode("PUTK");
        create(full(code)).then().statusCode(201);
        int firstId = get(code).then().extract().path("contacts[0].id");

        put(code, etag(code), full(code).replace("{\"name\": \"Ravi Sharma\"",
                "{\"id\": " + firstId + ", \"name\": \"Ravi K Sharma\""))
                .then().statusCode(200)
                .body("contacts[0].id", equalTo(firstId))
                .body("contacts[0].name", equalTo("Ravi K Sharma"));
    }

    @Test
    void refusesAContactIdOfAnotherCustomer() {
        String code = createMinimal("CID");

        patch(code, etag(code), "{\"contacts\": [{\"id\": 999999999, \"name\": \"Ghost\"}]}")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("contacts[0].id"));
    }

    @Test
    void patchedResultIsValidatedLikeAPut() {
        String code = createMinimal("PATV");

        patch(code, etag(code), "{\"address\": {\"pinCode\": \"12345678901\"}}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("address.pinCode"));
    }

    @Test
    void patchThatClearsARequiredFieldIsRefused() {
        String code = createMinimal("PATR");

        patch(code, etag(code), "{\"type\": null}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("type"));
    }

    @Test
    void writeWithoutIfMatchIsPreconditionRequired() {
        String code = createMinimal("NOIM");

        put(code, null, minimal(code)).then().statusCode(428).contentType(PROBLEM)
                .body("type", endsWith("/precondition-required"));
        patch(code, null, "{\"salesman\": \"X\"}").then().statusCode(428).contentType(PROBLEM)
                .body("type", endsWith("/precondition-required"));
    }

    @Test
    void writeWithAStaleEtagIsPreconditionFailed() {
        String code = createMinimal("STALE");
        String first = etag(code);
        patch(code, first, "{\"salesman\": \"ANIL-KUMAR\"}").then().statusCode(200);

        patch(code, first, "{\"salesman\": \"NEHA-JOSHI\"}").then().statusCode(412).contentType(PROBLEM)
                .body("type", endsWith("/precondition-failed"));
        put(code, first, minimal(code)).then().statusCode(412).contentType(PROBLEM)
                .body("type", endsWith("/precondition-failed"));
        get(code).then().body("salesman", equalTo("ANIL-KUMAR"));
    }

    @Test
    void putThatChangesTheCurrencyIsRefused() {
        String code = createMinimal("CUR");

        put(code, etag(code), minimal(code).replace("\"name\"", "\"currency\": \"USD\", \"name\""))
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("currency"));
    }

    @Test
    void patchThatChangesTheCodeIsRefused() {
        String code = createMinimal("COD");

        patch(code, etag(code), "{\"code\": \"OTHER-1\"}")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("code"));
    }

    @Test
    void patchThatClearsTheCurrencyIsRefused() {
        String code = createMinimal("CURN");

        patch(code, etag(code), "{\"currency\": null}")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("currency"));
    }

    @Test
    void writeOfAnUnknownCustomerIsNotFound() {
        patch("NO-SUCH-" + uniqueCode("X"), "\"0\"", "{\"salesman\": \"X\"}").then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void viewerMayNotWrite() {
        String code = createMinimal("VIEW");

        io.restassured.RestAssured.given().auth().oauth2(dev.tradebook.platform.testing.Tokens.withRoles("viewer"))
                .contentType(Customers.MERGE_PATCH).header("If-Match", "\"0\"").body("{\"salesman\": \"X\"}")
                .when().patch("/api/v1/customers/" + code)
                .then().statusCode(403);
    }
}
