package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** The search counts its matches only up to a limit (3 here) and loads a page in a bounded number of statements. */
@QuarkusTest
@TestProfile(CustomerSearchCountTest.CountLimitOfThree.class)
class CustomerSearchCountTest {

    public static class CountLimitOfThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("customer.search.count-limit", "3", "quarkus.hibernate-orm.statistics", "true");
        }
    }

    private static final String VIEWER = Tokens.withRoles("viewer");

    @Inject
    SessionFactory sessionFactory;

    /** Customers whose names share a term no other test uses; returns the term. */
    private static String customersNamed(int count, String separator) {
        String term = CustomerSearchTest.token();
        for (int i = 0; i < count; i++) {
            CustomerSearchTest.create(Customers.uniqueCode("SL"), "Count" + separator + term + " " + i, "");
        }
        return term;
    }

    private static ValidatableResponse search(String q, int page, int size) {
        return given().auth().oauth2(VIEWER).queryParam("q", q).queryParam("page", page).queryParam("size", size)
                .when().get("/api/v1/customers").then().statusCode(200);
    }

    @Test
    void aTotalAboveTheLimitIsTheLimitAndNotExact() {
        String term = customersNamed(5, " ");
        search(term, 0, 1).body("items", hasSize(1)).body("total", equalTo(3)).body("totalExact", equalTo(false));
    }

    @Test
    void aTotalUpToTheLimitIsExact() {
        String term = customersNamed(3, " ");
        search(term, 0, 2).body("items", hasSize(2)).body("total", equalTo(3)).body("totalExact", equalTo(true));
    }

    @Test
    void theLastPageGivesAnExactTotalBeyondTheLimit() {
        String term = customersNamed(5, " ");
        search(term, 0, 10).body("items", hasSize(5)).body("total", equalTo(5)).body("totalExact", equalTo(true));
        search(term, 1, 4).body("items", hasSize(1)).body("total", equalTo(5)).body("totalExact", equalTo(true));
    }

    @Test
    void aPageBeyondTheMatchesCountsThem() {
        String term = customersNamed(2, " ");
        search(term, 3, 2).body("items", hasSize(0)).body("total", equalTo(2)).body("totalExact", equalTo(true));
    }

    @Test
    void theCountTakesUnderscoreLiterally() {
        String term = customersNamed(2, "_");
        CustomerSearchTest.create(Customers.uniqueCode("SL"), "CountX" + term, "");
        search("count_" + term, 0, 1).body("items", hasSize(1)).body("total", equalTo(2))
                .body("totalExact", equalTo(true));
        search("count%" + term, 0, 1).body("items", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    void aPageOfFullCustomersLoadsInABoundedNumberOfStatements() {
        String prefix = "SB" + CustomerSearchTest.token().substring(0, 4).toUpperCase(Locale.ROOT);
        for (int i = 0; i < 20; i++) {
            Customers.create(Customers.full(Customers.uniqueCode(prefix))).then().statusCode(201);
        }
        Statistics statistics = sessionFactory.getStatistics();
        // The statistics count every statement of the service: retried until the outbox relay has sent the
        // registrations, whose statements would otherwise count too.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            statistics.clear();
            search(prefix + "-", 0, 50).body("items", hasSize(20)).body("items[0].contacts", hasSize(2));
            // the page with the balances, then one statement per collection of a customer (six)
            assertThat(statistics.getPrepareStatementCount(), lessThanOrEqualTo(7L));
        });
    }
}
