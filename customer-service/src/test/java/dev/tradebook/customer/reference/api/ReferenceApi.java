package dev.tradebook.customer.reference.api;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import dev.tradebook.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as the roles of API.md, and codes no other test uses (the module's tests share one database). */
final class ReferenceApi {

    static final String PROBLEM = "application/problem+json";

    private ReferenceApi() {
    }

    static RequestSpecification asAdmin() {
        return as("sales-admin");
    }

    static RequestSpecification as(String role) {
        return given().auth().oauth2(Tokens.withRoles(role)).contentType(ContentType.JSON);
    }

    /** E.g. {@code unique("SR")} = "SR-3F9A1C0B": upper case, within the 20 characters of a code. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A custom-field name no other test uses: camelCase, starts lower case. */
    static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
