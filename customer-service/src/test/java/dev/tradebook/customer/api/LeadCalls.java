package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;

import dev.tradebook.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Bodies and calls the lead and prospect tests share; {@code kind} is "leads" or "prospects". */
final class LeadCalls {

    static final String SALES = Tokens.forUser("priya", "sales");

    /** Ravi of Sharma Wholesale, met at a trade fair: every field a lead keeps. */
    static final String RAVI = """
            {"name": "Ravi Sharma", "company": "Sharma Wholesale", "email": "ravi@sharma.example",
             "phone": "+91 98 7654 3210", "website": "https://sharma.example", "source": "Trade fair",
             "campaign": "Diwali 2026", "salesman": "ANIL-KUMAR", "notes": "Wants a price list for FMCG",
             "address": {"line1": "12 Market Road", "city": "PUNE", "pinCode": "411001"},
             "contacts": [{"name": "Ravi Sharma", "designation": "Director", "email": "ravi@sharma.example"},
                          {"name": "Meena Rao", "mobile": "+919812345678"}]}""";

    private LeadCalls() {
    }

    static Response create(String kind, String body) {
        return given().auth().oauth2(SALES).contentType(ContentType.JSON).body(body).when().post("/api/v1/" + kind);
    }

    static long createRavi(String kind) {
        return create(kind, RAVI).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response get(String kind, long id) {
        return given().auth().oauth2(SALES).when().get("/api/v1/" + kind + "/" + id);
    }

    static Response action(String kind, long id, String action, String ifMatch, String body) {
        var request = given().auth().oauth2(SALES).contentType(ContentType.JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.body(body);
        }
        return request.when().post("/api/v1/" + kind + "/" + id + "/" + action);
    }

    static Response convert(String kind, long id, String body) {
        return action(kind, id, "convert", null, body);
    }
}
