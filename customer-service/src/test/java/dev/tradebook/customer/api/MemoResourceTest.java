package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.SALES;
import static dev.tradebook.customer.api.Customers.createMinimal;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** /customers/{code}/memos: tasks and scheduled events, OPEN until DONE or CANCELLED. */
@QuarkusTest
class MemoResourceTest {

    private static final String REVIEW = """
            {"kind": "EVENT", "subject": "Quarterly review", "details": "Bring the new catalogue",
             "assignee": "neha", "dueAt": "2026-12-01T11:00:00+05:30"}""";

    @Test
    void aMemoStartsOpenWithItsDueTimeInUtc() {
        String code = createMinimal("MM");

        post(code, REVIEW).then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", endsWith("/memos/" + lastId(code)))
                .body("kind", equalTo("EVENT"))
                .body("subject", equalTo("Quarterly review"))
                .body("assignee", equalTo("neha"))
                .body("dueAt", equalTo("2026-12-01T05:30:00Z"))
                .body("status", equalTo("OPEN"))
                .body("createdBy", equalTo("priya"));
    }

    @Test
    void theListIsSoonestDueFirstAndNarrowedByStatusAndAssignee() {
        String code = createMinimal("MM");
        post(code, task("Call about overdue invoice", "arjun", "2026-12-03T09:00:00Z")).then().statusCode(201);
        post(code, REVIEW).then().statusCode(201);
        long done = post(code, task("Send price list", "neha", "2026-11-30T09:00:00Z")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        action(code, done, "done", "\"0\"").then().statusCode(200);

        list(code, "").then().statusCode(200)
                .body("items.subject", contains("Send price list", "Quarterly review", "Call about overdue invoice"));
        list(code, "?status=OPEN&assignee=neha").then().body("items.subject", contains("Quarterly review"));
        list(code, "?status=DONE").then().body("items.subject", contains("Send price list")).body("total", equalTo(1));
        list(code, "?status=LATE").then().statusCode(400).body("violations[0].field", endsWith("status"));
    }

    @Test
    void anOpenMemoIsRevisedAtTheVersionRead() {
        String code = createMinimal("MM");
        long id = post(code, REVIEW).then().statusCode(201).extract().jsonPath().getLong("id");

        put(code, id, "\"0\"", task("Quarterly review call", "sunita", "2026-12-02T06:00:00Z")).then().statusCode(200)
                .header("ETag", "\"1\"").body("kind", equalTo("TASK")).body("assignee", equalTo("sunita"));
        put(code, id, "\"0\"", REVIEW).then().statusCode(412);
    }

    @Test
    void aDoneOrCancelledMemoIsClosed() {
        String code = createMinimal("MM");
        long done = post(code, REVIEW).then().statusCode(201).extract().jsonPath().getLong("id");
        long cancelled = post(code, REVIEW).then().statusCode(201).extract().jsonPath().getLong("id");

        action(code, done, "done", "\"0\"").then().statusCode(200).body("status", equalTo("DONE"));
        action(code, cancelled, "cancel", "\"0\"").then().statusCode(200).body("status", equalTo("CANCELLED"));

        action(code, done, "cancel", "\"1\"").then().statusCode(422).body("type", endsWith("/memo-status"));
        action(code, cancelled, "done", "\"1\"").then().statusCode(422);
        put(code, done, "\"1\"", REVIEW).then().statusCode(422);
    }

    @Test
    void aMemoChangeIsInTheCustomersHistory() {
        String code = createMinimal("MM");
        long id = post(code, REVIEW).then().statusCode(201).extract().jsonPath().getLong("id");

        action(code, id, "done", "\"0\"").then().statusCode(200);

        given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/history").then()
                .body("items[0].changes[0].field", equalTo("memos"))
                .body("items[0].changes[0].before.status", equalTo("OPEN"))
                .body("items[0].changes[0].after.status", equalTo("DONE"))
                .body("items[1].changes[0].after.subject", equalTo("Quarterly review"));
    }

    @Test
    void badFieldsAreRefusedNamingThem() {
        String code = createMinimal("MM");

        post(code, "{\"subject\": \"No kind\", \"assignee\": \"neha\", \"dueAt\": \"2026-12-01T05:30:00Z\"}")
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
        post(code, task("s".repeat(121), "neha", "2026-12-01T05:30:00Z")).then().statusCode(400)
                .body("violations[0].field", equalTo("subject"));
        post(code, REVIEW.replace("EVENT", "MEETING")).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnknownMemoOrCustomerIsNotFound() {
        String code = createMinimal("MM");

        given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/memos/999999999").then().statusCode(404);
        action(code, 999_999_999L, "done", "\"0\"").then().statusCode(404);
        post("NO-SUCH-CUSTOMER", REVIEW).then().statusCode(404);
    }

    private static String task(String subject, String assignee, String dueAt) {
        return "{\"kind\": \"TASK\", \"subject\": \"%s\", \"assignee\": \"%s\", \"dueAt\": \"%s\"}"
                .formatted(subject, assignee, dueAt);
    }

    private static Response post(String code, String body) {
        return given().auth().oauth2(SALES).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/customers/" + code + "/memos");
    }

    private static Response put(String code, long id, String ifMatch, String body) {
        return given().auth().oauth2(SALES).contentType(ContentType.JSON).header("If-Match", ifMatch).body(body)
                .when().put("/api/v1/customers/" + code + "/memos/" + id);
    }

    private static Response action(String code, long id, String action, String ifMatch) {
        return given().auth().oauth2(SALES).header("If-Match", ifMatch)
                .when().post("/api/v1/customers/" + code + "/memos/" + id + "/" + action);
    }

    private static Response list(String code, String query) {
        return given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/memos" + query);
    }

    private static long lastId(String code) {
        return list(code, "").jsonPath().getLong("items[0].id");
    }
}
