package dev.tradebook.system;

import static io.restassured.RestAssured.given;

import java.util.List;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** What a member of staff does over HTTP with a real Keycloak token. */
final class Staff {

    private final LocalStack stack;
    private final String token;

    Staff(LocalStack stack, String user) {
        this.stack = stack;
        this.token = KeycloakTokens.of(stack, user);
    }

    Response createCustomer(String code, String name, String currency, List<String> groups) {
        return createCustomer(code, name, currency, groups, "10000", "STOP");
    }

    Response createCustomer(String code, String name, String currency, List<String> groups, String creditLimit,
            String creditAction) {
        String body = """
                {"code": "%s", "name": "%s", "type": "DEALER", "currency": "%s", "creditLimit": "%s",
                 "creditActionOnOrder": "%s", "creditActionOnInvoice": "%s", "debtorAccountGroups": [%s]}"""
                .formatted(code, name, currency, creditLimit, creditAction, creditAction,
                        String.join(", ", groups.stream().map(g -> "\"" + g + "\"").toList()));
        return post(Service.CUSTOMER, "/api/v1/customers", body);
    }

    Response post(Service service, String path, String json) {
        return given().baseUri(stack.service(service).url()).auth().oauth2(token)
                .contentType(ContentType.JSON).body(json)
                .when().post(path);
    }

    Response put(Service service, String path, String json) {
        return given().baseUri(stack.service(service).url()).auth().oauth2(token)
                .contentType(ContentType.JSON).body(json)
                .when().put(path);
    }

    Response get(Service service, String path) {
        return given().baseUri(stack.service(service).url()).auth().oauth2(token)
                .when().get(path);
    }

    Response customer(String code) {
        return get(Service.CUSTOMER, "/api/v1/customers/" + code);
    }

    Response patchCustomer(String code, String etag, String mergePatch) {
        return given().baseUri(stack.service(Service.CUSTOMER).url()).auth().oauth2(token)
                .header("If-Match", etag).contentType("application/merge-patch+json").body(mergePatch)
                .when().patch("/api/v1/customers/" + code);
    }

    Response debtorAccounts(String customer) {
        return given().baseUri(stack.service(Service.LEDGER).url()).auth().oauth2(token)
                .queryParam("customer", customer)
                .when().get("/api/v1/accounts");
    }

    Response credit(String customer) {
        return get(Service.TRANSACTION, "/api/v1/customers/" + customer + "/credit");
    }
}
