package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.oneOf;

import java.util.Locale;
import java.util.UUID;

import dev.tradebook.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Bodies and calls the customer endpoint tests share; every code is unique to its test. */
final class Customers {

    static final String SALES = Tokens.forUser("priya", "sales");
    static final String MERGE_PATCH = "application/merge-patch+json";

    private Customers() {
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** The smallest valid body. */
    static String minimal(String code) {
        return """
                {"code": "%s", "name": "Minimal %s", "type": "CUSTOMER", "debtorAccountGroups": ["DOM"]}"""
                .formatted(code, code);
    }

    /**
     * A body with every writable field set (bill-to left out: it needs other customers). The reference
     * data it names that the migrations do not seed is registered first, as a sales-admin would.
     */
    static String full(String code) {
        registerReferenceData();
        return """
                {"code": "%s", "name": "Sharma Wholesale Pvt Ltd", "currency": "INR", "corporate": "SHARMA-GRP",
                 "type": "DISTRIBUTOR", "ownershipDetail": "PVT-LTD", "mainBusiness": "FMCG", "registrationReference": "REG-77",
                 "address": {"line1": "12 Market Road", "line2": "Near Clock Tower", "line3": "Sector 4", "city": "PUNE",
                             "pinCode": "411001", "phone1": "+91 20 1234 5678", "phone2": "+91 98 7654 3210", "fax": "0201234567"},
                 "gst": {"number": "27AAPFU0939F1ZV", "registrationDate": "2017-07-01", "registrationStatus": "REGULAR",
                         "arn": "AA270717123456X"},
                 "statutoryNumbers": {"PAN": "AAPFU0939F", "TAN": "PNEA12345B"},
                 "email": "accounts@sharma.example", "website": "https://sharma.example",
                 "contacts": [{"name": "Ravi Sharma", "designation": "Director", "department": "Management",
                               "email": "ravi@sharma.example", "mobile": "+919876543210", "landline": "02012345678"},
                              {"name": "Meena Rao"}],
                 "salesRegion": "WEST", "creditLimit": "250000.50", "creditActionOnOrder": "WARN",
                 "creditActionOnInvoice": "STOP", "paymentTerms": "NET30", "modeOfDispatch": "ROAD",
                 "shipmentVia": "Blue Dart Surface", "shipmentTerms": "FOB", "salesman": "ANIL-KUMAR",
                 "interBranchSite": "PUNE-2",
                 "bank": {"name": "Karnataka Bank", "accountNumber": "1234567890123", "branch": "Pune Camp",
                          "ifsc": "KARB0000001", "beneficiaryName": "Sharma Wholesale Pvt Ltd", "accountType": "CURRENT",
                          "paymentType": "BILL_TO_BILL", "weeklyHours": "Mon-Sat 10-18", "address": "1 MG Road, Pune",
                          "holidays": "Sundays, second Saturdays"},
                 "debtorAccountGroups": ["DOM", "EXP"], "externalAccountHead": "SD-SHARMA",
                 "portal": {"loginEnabled": true, "email": "portal@sharma.example"},
                 "customFields": {"loyaltyTier": "GOLD", "visitsPerMonth": 4, "prefersEmail": true},
                 "source": "IMPORT"}""".formatted(code);
    }

    static Response create(String body) {
        return given().auth().oauth2(SALES).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/customers");
    }

    static String createMinimal(String prefix) {
        String code = uniqueCode(prefix);
        create(minimal(code)).then().statusCode(201);
        return code;
    }

    static Response get(String code) {
        return given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code);
    }

    static String etag(String code) {
        return get(code).then().statusCode(200).extract().header("ETag");
    }

    static Response put(String code, String ifMatch, String body) {
        var request = given().auth().oauth2(SALES).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/customers/" + code);
    }

    static Response patch(String code, String ifMatch, String patch) {
        var request = given().auth().oauth2(SALES).contentType(MERGE_PATCH).body(patch);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/customers/" + code);
    }

    /** A write of a part of the customer (contacts, addresses...) as sales; no If-Match when null. */
    static Response write(String method, String path, String ifMatch, String body) {
        var request = given().auth().oauth2(SALES).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().request(method, path);
    }

    private static void registerReferenceData() {
        String admin = Tokens.withRoles("sales-admin");
        registerOnce(admin, "/api/v1/corporates", "{\"code\": \"SHARMA-GRP\", \"name\": \"Sharma Group\"}");
        registerOnce(admin, "/api/v1/codes/BT", "{\"code\": \"FMCG\", \"description\": \"Fast-moving consumer goods\"}");
        registerOnce(admin, "/api/v1/codes/SR", "{\"code\": \"WEST\", \"description\": \"Western region\"}");
        registerOnce(admin, "/api/v1/custom-fields", "{\"name\": \"loyaltyTier\", \"label\": \"Loyalty tier\", \"type\": \"TEXT\"}");
        registerOnce(admin, "/api/v1/custom-fields",
                "{\"name\": \"visitsPerMonth\", \"label\": \"Visits per month\", \"type\": \"NUMBER\"}");
        registerOnce(admin, "/api/v1/custom-fields",
                "{\"name\": \"prefersEmail\", \"label\": \"Prefers e-mail\", \"type\": \"BOOLEAN\"}");
    }

    private static void registerOnce(String token, String path, String body) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(oneOf(201, 409));
    }
}
