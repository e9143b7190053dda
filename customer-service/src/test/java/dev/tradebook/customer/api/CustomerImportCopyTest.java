package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The new customers of an import's chunk are copied into the database together (COPY), not registered one by
 * one: each must still come out exactly as one registered by POST /customers — the same stored customer, the
 * same history entry and the same event — apart from its code, ids and times.
 */
@QuarkusTest
class CustomerImportCopyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entities;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anImportedCustomerIsStoredRecordedAndPublishedAsOneRegisteredByPost() throws Exception {
        String posted = Customers.uniqueCode("CPY");
        String imported = Customers.uniqueCode("CPY");
        given().auth().oauth2(Imports.ADMIN).contentType(ContentType.JSON).body(Customers.full(posted))
                .when().post("/api/v1/customers").then().statusCode(201);

        // Two rows: a chunk of several new customers is the one that is copied.
        var done = Imports.run(Imports.NDJSON, "", JSON.readTree(Customers.full(imported)) + "\n"
                + Customers.minimal(Customers.uniqueCode("CPY")) + "\n");

        assertThat(done.getInt("created")).isEqualTo(2);
        assertThat(comparable(view(imported), imported)).isEqualTo(comparable(view(posted), posted));
        assertThat(comparable(history(imported), imported)).isEqualTo(comparable(history(posted), posted));
        assertThat(comparable(createdEvent(imported), imported)).isEqualTo(comparable(createdEvent(posted), posted));
    }

    @Test
    void anImportedCustomerIsFoundByTheNameAndEmailOfItsContacts() {
        String token = CustomerSearchTest.token();
        String code = Customers.uniqueCode("CPS");
        // Its contacts are copied before it, so its search document is computed once, with them.
        Imports.run(Imports.NDJSON, "", """
                {"code": "%s", "name": "Searched Traders", "type": "DEALER", "debtorAccountGroups": ["DOM"],
                 "contacts": [{"name": "Anil %s"}, {"name": "Rekha Iyer", "email": "%s@buyers.example"}]}
                %s
                """.formatted(code, token, token.substring(2), Customers.minimal(Customers.uniqueCode("CPS")))
                .replace("\n ", " "));

        CustomerSearchTest.search("anil " + token).body("items.code", contains(code));
        CustomerSearchTest.search(token.substring(2) + "@buyers").body("items.code", contains(code));
    }

    @Test
    void aCodeTakenWhileTheChunkIsCopiedRefusesThatRowAloneAndTheOthersAreCreated() throws Exception {
        String first = Customers.uniqueCode("CPT");
        String taken = Customers.uniqueCode("CPT");
        String last = Customers.uniqueCode("CPT");
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO customer (code, name, currency, status, credit_limit, version, created_at, updated_at, type)
                    VALUES (?, 'Registered Meanwhile', 'INR', 'ACTIVE', 0, 0, now(), now(), 'CUSTOMER')""")) {
                insert.setString(1, taken);
                insert.executeUpdate();
            }
            String id = Imports.post(Imports.CSV, "", Imports.csv(first + ",First Traders,CUSTOMER,DOM,,,",
                    taken + ",Taken Traders,CUSTOMER,DOM,,,", last + ",Last Traders,CUSTOMER,DOM,,,"))
                    .then().statusCode(202).extract().path("id");
            // The chunk did not see the uncommitted customer; its COPY waits for it on the primary key, fails once
            // it is committed, and the chunk is written again row by row, where the taken code is seen.
            await().atMost(Duration.ofSeconds(30)).until(() -> copyWaitsForALock(other));
            other.commit();

            var done = Imports.finished(id);

            assertThat(done.getMap("")).contains(Map.entry("status", "COMPLETED"), Map.entry("read", 3),
                    Map.entry("created", 2), Map.entry("failed", 1));
            assertThat(Imports.errors(id).getList("")).containsExactly(Map.of("line", 3, "field", "code",
                    "message", "customer " + taken + " exists already (mode=create)"));
        }
        Customers.get(first).then().statusCode(200);
        Customers.get(last).then().statusCode(200);
        Customers.get(taken).then().statusCode(200).body("name", equalTo("Registered Meanwhile"));
    }

    private static boolean copyWaitsForALock(Connection connection) throws Exception {
        try (PreparedStatement waiting = connection.prepareStatement("""
                SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'COPY customer %'""");
                ResultSet found = waiting.executeQuery()) {
            found.next();
            return found.getInt(1) > 0;
        }
    }

    private static JsonNode view(String code) throws Exception {
        return JSON.readTree(given().auth().oauth2(Imports.ADMIN).when().get("/api/v1/customers/" + code)
                .then().statusCode(200).extract().asString());
    }

    private static JsonNode history(String code) throws Exception {
        return JSON.readTree(given().auth().oauth2(Imports.ADMIN).when().get("/api/v1/customers/" + code + "/history")
                .then().statusCode(200).extract().asString());
    }

    private JsonNode createdEvent(String code) throws Exception {
        Object payload = entities.createNativeQuery("""
                select cast(payload as text) from outbox_event where aggregateid = ?1 and type = 'customer.created.v1'""")
                .setParameter(1, code).getSingleResult();
        return JSON.readTree((String) payload).get("data");
    }

    /** The JSON with the customer's code replaced and the ids and times left out. */
    private static JsonNode comparable(JsonNode node, String code) throws Exception {
        JsonNode copy = JSON.readTree(node.toString().replace(code, "CODE"));
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("id", "createdAt", "updatedAt", "changedAt"));
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext();) {
            strip(children.next());
        }
    }
}
