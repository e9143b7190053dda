package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tradebook.customer.domain.Gstin;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The search box: q finds customers by part of any searchable column, in any case, with % and _ literal. */
@QuarkusTest
class CustomerSearchTest {

    private static final String VIEWER = Tokens.withRoles("viewer");

    static String token() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    }

    static String create(String code, String name, String extra) {
        Customers.create("""
                {"code": "%s", "name": "%s", "type": "DEALER", "debtorAccountGroups": ["DOM"]%s}"""
                .formatted(code, name, extra)).then().statusCode(201);
        return code;
    }

    static ValidatableResponse search(String q) {
        return given().auth().oauth2(VIEWER).queryParam("q", q).queryParam("size", 500)
                .queryParam("sort", "createdAt,desc")
                .when().get("/api/v1/customers").then().statusCode(200);
    }

    @Test
    void findsByPartOfTheNameInAnyCase() {
        String token = token();
        String code = create(Customers.uniqueCode("SN"), "Kumar " + token + " Traders", "");
        search(token.substring(1, 8).toUpperCase(Locale.ROOT)).body("items.code", contains(code))
                .body("items[0].name", equalTo("Kumar " + token + " Traders"))
                .body("total", equalTo(1));
    }

    @Test
    void findsByPartOfTheCode() {
        String code = create(Customers.uniqueCode("SC"), "Code search", "");
        search(code.substring(3).toLowerCase(Locale.ROOT)).body("items.code", contains(code));
    }

    @Test
    void findsByCityNameAndPinCode() {
        String pin = token().substring(0, 9);
        String code = create(Customers.uniqueCode("SY"), "City search",
                ", \"address\": {\"city\": \"NAGPUR\", \"pinCode\": \"" + pin + "\"}");
        search("nAgPu").body("items.code", hasItem(code));
        search(pin.substring(2)).body("items.code", contains(code));
    }

    @Test
    void findsByGstNumber() {
        String gstin = uniqueGstin();
        String code = create(Customers.uniqueCode("SG"), "GST search",
                ", \"address\": {\"city\": \"PUNE\"}, \"gst\": {\"number\": \"" + gstin + "\"}");
        search(gstin.toLowerCase(Locale.ROOT)).body("items.code", contains(code));
        search(gstin.substring(2, 12)).body("items.code", contains(code));
    }

    @Test
    void findsByContactName() {
        String token = token();
        String code = create(Customers.uniqueCode("SK"), "Contact search",
                ", \"contacts\": [{\"name\": \"Meena " + token + "\"}]");
        search("MEENA " + token.toUpperCase(Locale.ROOT)).body("items.code", contains(code));
    }

    @Test
    void findsByCustomerAndContactEmail() {
        String token = token();
        String other = token();
        String code = create(Customers.uniqueCode("SE"), "Mail search",
                ", \"email\": \"accounts@" + token + ".example\", \"contacts\": [{\"name\": \"Ravi\", \"email\": \"ravi@"
                        + other + ".example\"}]");
        search("@" + token.toUpperCase(Locale.ROOT)).body("items.code", contains(code));
        search("RAVI@" + other).body("items.code", contains(code));
    }

    @Test
    void findsAContactAddedLater() {
        String token = token();
        String code = create(Customers.uniqueCode("SL"), "Later contact", "");
        search(token).body("items", empty());
        Customers.patch(code, Customers.etag(code), "{\"contacts\": [{\"name\": \"Late " + token + "\"}]}")
                .then().statusCode(200);
        search(token).body("items.code", contains(code));
    }

    @Test
    void takesPercentAndUnderscoreLiterally() {
        String token = token();
        String pure = create(Customers.uniqueCode("SP"), "100% Pure " + token, "");
        String plain = create(Customers.uniqueCode("SP"), "1000 Pure " + token, "");
        String underscored = create(Customers.uniqueCode("SU"), "A_B " + token, "");
        search("100% pure " + token).body("items.code", contains(pure));
        search("1000 pure " + token).body("items.code", contains(plain));
        search("A%B " + token).body("items", empty());
        search("a_b " + token).body("items.code", contains(underscored));
        search("a\\b " + token).body("items", empty());
    }

    @Test
    void showsEveryCollectionOfAFoundCustomerOnceInItsOrder() {
        String billed = create(Customers.uniqueCode("SB"), "Billed along", "");
        String code = Customers.uniqueCode("SF");
        Customers.create(Customers.full(code).replace("\"source\"", "\"billToCustomers\": [\"" + billed + "\"], \"source\""))
                .then().statusCode(201);
        given().auth().oauth2(Tokens.forUser("ravi", "accounts")).contentType("application/json")
                .header("If-Match", Customers.etag(code)).body("{\"reason\": \"Cheque bounced\"}")
                .when().put("/api/v1/customers/" + code + "/hold").then().statusCode(200);

        search(code).body("items.code", contains(code))
                .body("items[0].contacts.name", contains("Ravi Sharma", "Meena Rao"))
                .body("items[0].statutoryNumbers.PAN", equalTo("AAPFU0939F"))
                .body("items[0].statutoryNumbers.TAN", equalTo("PNEA12345B"))
                .body("items[0].statutoryNumbers.size()", equalTo(2))
                .body("items[0].debtorAccountGroups", contains("DOM", "EXP"))
                .body("items[0].billToCustomers", contains(billed))
                .body("items[0].holdReasons", contains("MANUAL"))
                .body("items[0].customFields.loyaltyTier", equalTo("GOLD"));
    }

    /** A valid GSTIN of Maharashtra (27) with a random PAN; the check character is found by trying each. */
    static String uniqueGstin() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase(Locale.ROOT) + "ABCDEF";
        String digits = String.format("%04d", (int) (Math.random() * 10_000));
        String body = "27" + letters.substring(0, 5) + digits + letters.charAt(5) + "1Z";
        for (char check : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray()) {
            if (Gstin.isValid(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException("no check character for " + body);
    }
}
