package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.create;
import static dev.tradebook.customer.api.Customers.full;
import static dev.tradebook.customer.api.Customers.get;
import static dev.tradebook.customer.api.Customers.minimal;
import static dev.tradebook.customer.api.Customers.uniqueCode;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class CustomerFieldsTest {

    @Test
    void fullCustomerRoundTripsEveryField() {
        String code = uniqueCode("FULL");
        create(full(code)).then().statusCode(201);

        ValidatableResponse read = get(code).then().statusCode(200);

        read.body("code", equalTo(code))
                .body("name", equalTo("Sharma Wholesale Pvt Ltd"))
                .body("currency", equalTo("INR"))
                .body("corporate", equalTo("SHARMA-GRP"))
                .body("type", equalTo("DISTRIBUTOR"))
                .body("ownershipDetail", equalTo("PVT-LTD"))
                .body("mainBusiness", equalTo("FMCG"))
                .body("registrationReference", equalTo("REG-77"))
                .body("address.line1", equalTo("12 Market Road"))
                .body("address.line2", equalTo("Near Clock Tower"))
                .body("address.line3", equalTo("Sector 4"))
                .body("address.city", equalTo("PUNE"))
                .body("address.state", equalTo("IN-MH"))
                .body("address.country", equalTo("IN"))
                .body("address.pinCode", equalTo("411001"))
                .body("address.phone1", equalTo("+91 20 1234 5678"))
                .body("address.phone2", equalTo("+91 98 7654 3210"))
                .body("address.fax", equalTo("0201234567"))
                .body("gst.number", equalTo("27AAPFU0939F1ZV"))
                .body("gst.registrationDate", equalTo("2017-07-01"))
                .body("gst.registrationStatus", equalTo("REGULAR"))
                .body("gst.arn", equalTo("AA270717123456X"))
                .body("statutoryNumbers.PAN", equalTo("AAPFU0939F"))
                .body("statutoryNumbers.TAN", equalTo("PNEA12345B"))
                .body("email", equalTo("accounts@sharma.example"))
                .body("website", equalTo("https://sharma.example"))
                .body("contacts", hasSize(2))
                .body("contacts[0].id", notNullValue())
                .body("contacts[0].name", equalTo("Ravi Sharma"))
                .body("contacts[0].designation", equalTo("Director"))
                .body("contacts[0].department", equalTo("Management"))
                .body("contacts[0].email", equalTo("ravi@sharma.example"))
                .body("contacts[0].mobile", equalTo("+919876543210"))
                .body("contacts[0].landline", equalTo("02012345678"))
                .body("contacts[1].name", equalTo("Meena Rao"))
                .body("salesRegion", equalTo("WEST"))
                .body("creditLimit", equalTo("250000.50"))
                .body("creditActionOnOrder", equalTo("WARN"))
                .body("creditActionOnInvoice", equalTo("STOP"))
                .body("paymentTerms", equalTo("NET30"))
                .body("modeOfDispatch", equalTo("ROAD"))
                .body("shipmentVia", equalTo("Blue Dart Surface"))
                .body("shipmentTerms", equalTo("FOB"))
                .body("salesman", equalTo("ANIL-KUMAR"))
                .body("interBranchSite", equalTo("PUNE-2"))
                .body("bank.name", equalTo("Karnataka Bank"))
                .body("bank.accountNumber", equalTo("1234567890123"))
                .body("bank.branch", equalTo("Pune Camp"))
                .body("bank.ifsc", equalTo("KARB0000001"))
                .body("bank.beneficiaryName", equalTo("Sharma Wholesale Pvt Ltd"))
                .body("bank.accountType", equalTo("CURRENT"))
                .body("bank.paymentType", equalTo("BILL_TO_BILL"))
                .body("bank.weeklyHours", equalTo("Mon-Sat 10-18"))
                .body("bank.address", equalTo("1 MG Road, Pune"))
                .body("bank.holidays", equalTo("Sundays, second Saturdays"))
                .body("debtorAccountGroups", contains("DOM", "EXP"))
                .body("externalAccountHead", equalTo("SD-SHARMA"))
                .body("billToCustomers", empty())
                .body("portal.loginEnabled", equalTo(true))
                .body("portal.email", equalTo("portal@sharma.example"))
                .body("customFields.loyaltyTier", equalTo("GOLD"))
                .body("customFields.visitsPerMonth", equalTo(4))
                .body("customFields.prefersEmail", equalTo(true))
                .body("source", equalTo("IMPORT"))
                .body("status", equalTo("ACTIVE"))
                .body("onHold", equalTo(false))
                .body("holdReasons", empty())
                .body("balance", nullValue())
                .body("owner", equalTo("priya"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
    }

    @Test
    void minimalCustomerGetsTheDefaults() {
        String code = uniqueCode("MIN");
        create(minimal(code)).then().statusCode(201);

        get(code).then().statusCode(200)
                .body("creditLimit", equalTo("0.00"))
                .body("creditActionOnOrder", equalTo("STOP"))
                .body("creditActionOnInvoice", equalTo("STOP"))
                .body("bank.paymentType", equalTo("BILL_TO_BILL"))
                .body("portal.loginEnabled", equalTo(false))
                .body("source", equalTo("MANUAL"))
                .body("contacts", empty())
                .body("statutoryNumbers.size()", equalTo(0))
                .body("customFields.size()", equalTo(0))
                .body("billToCustomers", empty());
    }

    @Test
    void ownerIsTheCreatingUser() {
        String code = uniqueCode("OWN");
        create(minimal(code)).then().statusCode(201).body("owner", equalTo("priya"));
    }
}
