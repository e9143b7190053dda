package dev.tradebook.ledger.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.CustomerMaster;
import dev.tradebook.ledger.domain.Debtor;
import dev.tradebook.ledger.domain.DebtorAccount;
import dev.tradebook.ledger.domain.DebtorAccounts;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccountResourceTest {

    /** Per test, not per class: a test token expires after five minutes. */
    private final String viewer = Tokens.withRoles("viewer");
    private static final String PROBLEM = "application/problem+json";

    @Inject
    DebtorAccounts debtorAccounts;

    /** Opens accounts as the customer events would, without waiting for the broker. */
    private List<DebtorAccount> open(String code, String currency, String... groups) {
        return QuarkusTransaction.requiringNew().call(
                () -> debtorAccounts.openFor(new Debtor(code, "Customer " + code, currency, List.of(groups))));
    }

    @Test
    void listsOneCustomersAccountsPageByPage() {
        String code = CustomerMaster.newCustomerCode("PAGE");
        open(code, "USD", "EXP", "DOM");

        given().auth().oauth2(viewer).queryParam("customer", code).queryParam("page", 0).queryParam("size", 1)
                .when().get("/api/v1/accounts")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("total", equalTo(2))
                .body("items", hasSize(1))
                .body("items[0].customer", equalTo(code))
                .body("items[0].group", equalTo("DOM"));

        given().auth().oauth2(viewer).queryParam("customer", code).queryParam("page", 1).queryParam("size", 1)
                .when().get("/api/v1/accounts")
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("total", equalTo(2))
                .body("items.group", contains("EXP"));
    }

    @Test
    void pageBeyondTheLastIsEmptyWithTheTotal() {
        String code = CustomerMaster.newCustomerCode("BEYOND");
        open(code, "USD", "DOM");

        given().auth().oauth2(viewer).queryParam("customer", code).queryParam("page", 999_999_999).queryParam("size", 500)
                .when().get("/api/v1/accounts")
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(1));
    }

    @Test
    void withoutParametersListsTheFirstFiftyOfEveryCustomer() {
        open(CustomerMaster.newCustomerCode("ANY"), "INR", "DOM");

        given().auth().oauth2(viewer)
                .when().get("/api/v1/accounts")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("total", greaterThanOrEqualTo(1))
                .body("items.kind", everyItem(equalTo("DEBTOR")));
    }

    @Test
    void listsEveryCustomerByCustomerCodeCharacterByCharacterThenGroup() {
        // A linguistic collation would ignore the hyphen and put ZZA... first; codes sort character by character.
        String hyphenated = CustomerMaster.newCustomerCode("ZZ-Z");
        String plain = CustomerMaster.newCustomerCode("ZZA");
        open(plain, "INR", "EXP", "DOM");
        open(hyphenated, "INR", "DOM");

        List<Map<String, Object>> items = given().auth().oauth2(viewer).queryParam("size", 500)
                .when().get("/api/v1/accounts")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");

        assertThat(items).extracting(account -> account.get("customer") + "/" + account.get("group"))
                .containsSubsequence(hyphenated + "/DOM", plain + "/DOM", plain + "/EXP");
        Comparator<Map<String, Object>> byCustomerThenGroup = Comparator
                .comparing((Map<String, Object> account) -> (String) account.get("customer"))
                .thenComparing(account -> (String) account.get("group"));
        assertThat(items).isSortedAccordingTo(byCustomerThenGroup);
    }

    @Test
    void readsOneAccountById() {
        String code = CustomerMaster.newCustomerCode("ONE");
        DebtorAccount account = open(code, "KWD", "EXP").get(0);

        given().auth().oauth2(viewer)
                .when().get("/api/v1/accounts/" + account.id())
                .then().statusCode(200)
                .body("id", equalTo(account.id().toString()))
                .body("customer", equalTo(code))
                .body("group", equalTo("EXP"))
                .body("currency", equalTo("KWD"))
                .body("name", equalTo("Customer " + code))
                .body("openedAt", equalTo(account.openedAt().truncatedTo(ChronoUnit.MICROS).toString()))
                .body("kind", equalTo("DEBTOR"));
    }

    @Test
    void unknownIdIsNotFoundProblem() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(viewer)
                .when().get("/api/v1/accounts/" + unknown)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", endsWith("/not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("Account " + unknown + " does not exist"));
    }

    @Test
    void idThatIsNoUuidIsNotFoundProblem() {
        given().auth().oauth2(viewer)
                .when().get("/api/v1/accounts/not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", endsWith("/not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void listsTheChartOfAccountsByCode() {
        List<String> codes = given().auth().oauth2(viewer).queryParam("kind", "GL").queryParam("size", 500)
                .when().get("/api/v1/accounts")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(8))
                .extract().path("items.id");
        // Other tests of the module add groups with control accounts of their own.
        assertThat(codes).isSorted().contains("1000", "1100", "1110", "2200", "4000", "4100", "4200", "6100");

        given().auth().oauth2(viewer).queryParam("kind", "GL").queryParam("size", 500)
                .when().get("/api/v1/accounts")
                .then().body("items.kind", everyItem(equalTo("GL")))
                .body("items.find { it.id == '4000' }.name", equalTo("Sales"))
                .body("items.find { it.id == '4000' }.type", equalTo("INCOME"))
                .body("items.find { it.id == '2200' }.type", equalTo("LIABILITY"));
    }

    @Test
    void readsOneGeneralLedgerAccountByItsCode() {
        given().auth().oauth2(viewer).when().get("/api/v1/accounts/6100")
                .then().statusCode(200)
                .body("id", equalTo("6100"))
                .body("name", equalTo("Bad debts written off"))
                .body("type", equalTo("EXPENSE"))
                .body("kind", equalTo("GL"));
        given().auth().oauth2(viewer).when().get("/api/v1/accounts/9999")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aCustomerHasNoGeneralLedgerAccounts() {
        String code = CustomerMaster.newCustomerCode("NOGL");
        open(code, "USD", "DOM");

        given().auth().oauth2(viewer).queryParam("kind", "GL").queryParam("customer", code)
                .when().get("/api/v1/accounts")
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("items", hasSize(0));
    }

    @Test
    void refusesAnUnknownKind() {
        given().auth().oauth2(viewer).queryParam("kind", "ASSET")
                .when().get("/api/v1/accounts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("kind"));
    }
}
