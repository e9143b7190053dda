package dev.tradebook.customer.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The profile of every customer event carries what a sales document copies from the customer. */
@QuarkusTest
class DocumentDefaultsPublishingTest {

    private static final String SALES = Tokens.withRoles("sales");
    private static final String ADMIN = Tokens.withRoles("sales-admin");

    @Test
    void aNewCustomersDocumentsUseItsMainAddressEmailAndTerms() throws Exception {
        String inherited = customField("TEXT", true);
        String kept = customField("NUMBER", false);
        String code = create(inherited, kept);

        JsonNode defaults = lastProfile(code, "customer.created.v1", 1).get("documentDefaults");

        JsonNode billing = defaults.get("billingAddress");
        assertThat(billing.get("name").asText()).isEqualTo("Defaults Traders");
        assertThat(billing.get("line1").asText()).isEqualTo("12 Market Road");
        assertThat(billing.get("city").asText()).isEqualTo("Pune");
        assertThat(billing.get("state").asText()).isEqualTo("Maharashtra");
        assertThat(billing.get("country").asText()).isEqualTo("India");
        assertThat(billing.get("pinCode").asText()).isEqualTo("411001");
        assertThat(billing.get("phone").asText()).isEqualTo("+91 20 1234 5678");
        assertThat(defaults.get("shippingAddress")).isEqualTo(billing);
        assertThat(defaults.get("orderEmail").asText()).isEqualTo("accounts@defaults.example");
        assertThat(defaults.get("invoiceEmail").asText()).isEqualTo("accounts@defaults.example");
        assertThat(defaults.get("shipmentTerms").asText()).isEqualTo("FOB");
        assertThat(defaults.get("shipmentVia").asText()).isEqualTo("Blue Dart Surface");
        assertThat(defaults.get("modeOfDispatch").asText()).isEqualTo("ROAD");
        assertThat(defaults.get("paymentTermDays").asInt()).isEqualTo(30);
        assertThat(defaults.get("inheritedCustomFields").size()).isEqualTo(1);
        assertThat(defaults.get("inheritedCustomFields").get(inherited).asText()).isEqualTo("GOLD");
    }

    @Test
    void defaultAddressesAndTheChosenContactTakeOver() throws Exception {
        String code = create(null, null);
        write("POST", code, "/addresses", "\"0\"", "{\"kind\": \"BILLING\", \"name\": \"Head office\", \"city\": \"MUMBAI\"}");
        write("POST", code, "/addresses", "\"1\"", "{\"kind\": \"SHIPPING\", \"name\": \"Warehouse\", \"line1\": \"Plot 7\"}");
        long contact = write("POST", code, "/contacts", "\"2\"", "{\"name\": \"Meena\", \"email\": \"meena@defaults.example\"}");
        write("PUT", code, "/email-contacts", "\"3\"", "{\"invoiceEmailContact\": " + contact + "}");

        JsonNode defaults = lastProfile(code, "customer.updated.v1", 4).get("documentDefaults");

        assertThat(defaults.get("billingAddress").get("name").asText()).isEqualTo("Head office");
        assertThat(defaults.get("billingAddress").get("city").asText()).isEqualTo("Mumbai");
        assertThat(defaults.get("shippingAddress").get("name").asText()).isEqualTo("Warehouse");
        assertThat(defaults.get("shippingAddress").get("line1").asText()).isEqualTo("Plot 7");
        assertThat(defaults.get("orderEmail").asText()).isEqualTo("accounts@defaults.example");
        assertThat(defaults.get("invoiceEmail").asText()).isEqualTo("meena@defaults.example");
    }

    private static String create(String inherited, String kept) {
        String code = "DD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String customFields = inherited == null ? "{}"
                : "{\"%s\": \"GOLD\", \"%s\": 4}".formatted(inherited, kept);
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "Defaults Traders", "type": "DEALER", "debtorAccountGroups": ["DOM"],
                         "address": {"line1": "12 Market Road", "city": "PUNE", "pinCode": "411001",
                                     "phone1": "+91 20 1234 5678"},
                         "email": "accounts@defaults.example", "shipmentTerms": "FOB",
                         "shipmentVia": "Blue Dart Surface", "modeOfDispatch": "ROAD", "paymentTerms": "NET30",
                         "customFields": %s}""".formatted(code, customFields))
                .when().post("/api/v1/customers").then().statusCode(201);
        return code;
    }

    private static String customField(String type, boolean inheritToDocuments) {
        String name = "dd" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": \"%s\", \"label\": \"Defaults %s\", \"type\": \"%s\", \"inheritToDocuments\": %s}"
                        .formatted(name, name, type, inheritToDocuments))
                .when().post("/api/v1/custom-fields").then().statusCode(201);
        return name;
    }

    /** Answers the id in the body, if any (0 otherwise). */
    private static long write(String method, String code, String part, String ifMatch, String body) {
        String id = given().auth().oauth2(SALES).contentType(ContentType.JSON).header("If-Match", ifMatch).body(body)
                .when().request(method, "/api/v1/customers/" + code + part)
                .then().statusCode(method.equals("POST") ? 201 : 200).extract().path("id") + "";
        return id.equals("null") ? 0 : Long.parseLong(id);
    }

    private static JsonNode lastProfile(String code, String type, int expected) throws Exception {
        List<ConsumerRecord<String, String>> records = TestTopics.read("customer.events",
                record -> code.equals(record.key()) && record.value().contains("\"" + type + "\""), expected,
                Duration.ofSeconds(30));
        assertThat(records).hasSizeGreaterThanOrEqualTo(expected);
        return new ObjectMapper().readTree(records.get(records.size() - 1).value()).get("data").get("customer");
    }
}
