package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import io.restassured.response.Response;

/**
 * Every operation in the OpenAPI of every service, called with no token and with each realm role's real Keycloak
 * token, answers as role-matrix.csv says: 401 without a token, 403 for a role the matrix leaves out, and for a
 * role it names anything but 401/403 (the probe's input is then refused on its merits, so nothing changes).
 */
class RoleMatrixIT {

    private static final String PROBLEM = "application/problem+json";

    private static final LocalStack stack = SystemStack.get();
    private static final RoleMatrix matrix = RoleMatrix.load();
    private static Map<String, String> tokens;
    private static List<OpenApiOperations.Documented> documented;
    private static AuthorizationProbe probe;
    private static String customer;

    @BeforeAll
    static void tokensOperationsAndACustomer() {
        tokens = RoleTokens.of(stack);
        documented = Arrays.stream(Service.values()).flatMap(service -> OpenApiOperations.of(stack, service).stream())
                .toList();
        customer = "RBAC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        new Staff(stack, "sales").createCustomer(customer, "Role Matrix Traders", "INR", List.of("DOM"))
                .then().statusCode(201);
        probe = new AuthorizationProbe(stack, customer);
    }

    @Test
    void everyDocumentedOperationHasARow() {
        Set<RoleMatrix.Operation> inMatrix = matrix.rows().stream().map(RoleMatrix.Row::operation).collect(Collectors.toSet());
        assertThat(documented).extracting(OpenApiOperations.Documented::operation)
                .as("operations in /q/openapi without a row in role-matrix.csv")
                .filteredOn(operation -> !inMatrix.contains(operation))
                .isEmpty();
    }

    @Test
    void everyRowNamesADocumentedOperation() {
        Set<RoleMatrix.Operation> served = documented.stream().map(OpenApiOperations.Documented::operation)
                .collect(Collectors.toSet());
        assertThat(matrix.rows()).extracting(RoleMatrix.Row::operation)
                .as("rows of role-matrix.csv that no service documents in /q/openapi")
                .filteredOn(operation -> !served.contains(operation))
                .isEmpty();
    }

    @Test
    void aPortalUserReadsItsOwnCustomer() {
        String username = "portal-" + customer.toLowerCase();
        new KeycloakUsers(stack).createPortalUser(username, customer);

        Response own = new PortalUser(stack, username).getFrom(Service.CUSTOMER, "/api/v1/customers/" + customer);

        assertThat(own.statusCode()).as(own.asString()).isEqualTo(200);
        assertThat(own.<String>path("code")).isEqualTo(customer);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEachRoleAsTheMatrixSays() {
        Map<RoleMatrix.Operation, RoleMatrix.Row> rows = matrix.rows().stream()
                .collect(Collectors.toMap(RoleMatrix.Row::operation, Function.identity()));
        return documented.stream().filter(operation -> rows.containsKey(operation.operation()))
                .map(operation -> dynamicTest(operation.operation().toString(),
                        () -> answersAsTheMatrixSays(operation, rows.get(operation.operation()).roles())));
    }

    private static void answersAsTheMatrixSays(OpenApiOperations.Documented operation, Set<String> allowed) {
        SoftAssertions softly = new SoftAssertions();
        Response anonymous = probe.call(operation, Optional.empty());
        String unauthenticated = operation.operation() + " without a token got " + anonymous.statusCode() + " "
                + anonymous.asString();
        softly.assertThat(anonymous.statusCode()).as(unauthenticated).isEqualTo(401);
        softly.assertThat(anonymous.contentType()).as(unauthenticated).startsWith(PROBLEM);
        tokens.forEach((role, token) -> {
            Response answer = probe.call(operation, Optional.of(token));
            String seen = operation.operation() + " as " + role + " got " + answer.statusCode() + " " + answer.asString();
            if (allowed.contains(role) && role.equals("customer") && readsTheProbesCustomer(operation)) {
                // the probe's customer is not the portal user's: past authorization it is hidden, as if it didn't exist
                softly.assertThat(answer.statusCode()).as(seen).isEqualTo(404);
            } else if (allowed.contains(role)) {
                softly.assertThat(answer.statusCode()).as(seen).isNotIn(401, 403).isLessThan(500);
                if (!operation.operation().method().equals("GET")) {
                    softly.assertThat(answer.statusCode()).as("the probe changed something: " + seen).isBetween(400, 499);
                }
            } else {
                softly.assertThat(answer.statusCode()).as(seen).isEqualTo(403);
                softly.assertThat(answer.contentType()).as(seen).startsWith(PROBLEM);
            }
        });
        softly.assertAll();
    }

    /** A service's read of one customer by its code (the gateway's portal paths take the caller's own instead). */
    private static boolean readsTheProbesCustomer(OpenApiOperations.Documented operation) {
        return operation.operation().method().equals("GET") && operation.operation().path().contains("{code}")
                && !operation.operation().service().equals(Service.GATEWAY.module());
    }
}
