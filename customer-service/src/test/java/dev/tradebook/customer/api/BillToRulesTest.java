package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.create;
import static dev.tradebook.customer.api.Customers.createMinimal;
import static dev.tradebook.customer.api.Customers.etag;
import static dev.tradebook.customer.api.Customers.get;
import static dev.tradebook.customer.api.Customers.minimal;
import static dev.tradebook.customer.api.Customers.patch;
import static dev.tradebook.customer.api.Customers.uniqueCode;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Bill-to customers exist, are not the customer itself, and never form a cycle: 422 naming the entry. */
@QuarkusTest
class BillToRulesTest {

    private static final String PROBLEM = "application/problem+json";

    private static String withBillTo(String code, String... billTo) {
        return minimal(code).replace("\"debtorAccountGroups\"",
                "\"billToCustomers\": [\"" + String.join("\", \"", billTo) + "\"], \"debtorAccountGroups\"");
    }

    @Test
    void billsToExistingCustomers() {
        String payer = createMinimal("PAY");
        String code = uniqueCode("BILL");

        create(withBillTo(code, payer)).then().statusCode(201);
        get(code).then().body("billToCustomers", contains(payer));
    }

    @Test
    void refusesAnUnknownBillToCustomer() {
        String payer = createMinimal("PAY");

        create(withBillTo(uniqueCode("BILL"), payer, "NOBODY-" + uniqueCode("X").substring(2)))
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", endsWith("/customer-rules"))
                .body("violations.field", contains("billToCustomers[1]"));
    }

    @Test
    void refusesBillingToItself() {
        String code = createMinimal("SELF");

        patch(code, etag(code), "{\"billToCustomers\": [\"" + code + "\"]}")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("billToCustomers[0]"));
    }

    @Test
    void refusesADirectCycle() {
        String a = createMinimal("CYA");
        String b = uniqueCode("CYB");
        create(withBillTo(b, a)).then().statusCode(201);

        patch(a, etag(a), "{\"billToCustomers\": [\"" + b + "\"]}")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("billToCustomers[0]"));
    }

    @Test
    void refusesACycleThroughAThirdCustomer() {
        String a = createMinimal("CYA");
        String b = uniqueCode("CYB");
        create(withBillTo(b, a)).then().statusCode(201);
        String c = uniqueCode("CYC");
        create(withBillTo(c, b)).then().statusCode(201);

        patch(a, etag(a), "{\"billToCustomers\": [\"" + c + "\"]}")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("billToCustomers[0]"));
    }
}
