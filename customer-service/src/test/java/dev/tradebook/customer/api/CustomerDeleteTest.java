package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.createMinimal;
import static dev.tradebook.customer.api.Customers.minimal;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.customer.domain.CustomerService;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Deleting a customer without transactions over HTTP; a deleted one is no longer served. */
@QuarkusTest
class CustomerDeleteTest {

    private static final String ADMIN = Tokens.withRoles("sales-admin");

    @Inject
    CustomerService service;

    @Test
    void deleteAnswers204AndTheCustomerIsNoLongerFound() {
        String code = createMinimal("DL");

        delete(ADMIN, code, "\"0\"").then().statusCode(204);

        Customers.get(code).then().statusCode(404);
    }

    @Test
    void aDeletedCustomerCannotBeRevised() {
        String code = createMinimal("DL");
        delete(ADMIN, code, "\"0\"").then().statusCode(204);

        Customers.put(code, "\"1\"", minimal(code)).then().statusCode(404);
        Customers.patch(code, "\"1\"", "{\"salesman\": \"Neha\"}").then().statusCode(404);
    }

    @Test
    void theCodeOfADeletedCustomerStaysTaken() {
        String code = createMinimal("DL");
        delete(ADMIN, code, "\"0\"").then().statusCode(204);

        Customers.create(minimal(code)).then().statusCode(409);
    }

    @Test
    void aCustomerWithTransactionsCannotBeDeleted() {
        String code = createMinimal("DL");
        service.recordTransaction(code, "transaction-service");
        String etag = Customers.etag(code);

        delete(ADMIN, code, etag).then().statusCode(409).body("type", endsWith("/customer-has-transactions"));
        Customers.get(code).then().statusCode(200);
    }

    @Test
    void withoutIfMatchTheDeleteIsRefusedWith428() {
        String code = createMinimal("DL");

        delete(ADMIN, code, null).then().statusCode(428);
    }

    @Test
    void aStaleVersionIsRefusedWith412() {
        String code = createMinimal("DL");

        delete(ADMIN, code, "\"4\"").then().statusCode(412);
    }

    @Test
    void salesMayNotDelete() {
        String code = createMinimal("DL");

        delete(Customers.SALES, code, "\"0\"").then().statusCode(403);
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        delete(ADMIN, "NO-SUCH-DL", "\"0\"").then().statusCode(404);
    }

    private static Response delete(String token, String code, String ifMatch) {
        var request = given().auth().oauth2(token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().delete("/api/v1/customers/" + code);
    }
}
