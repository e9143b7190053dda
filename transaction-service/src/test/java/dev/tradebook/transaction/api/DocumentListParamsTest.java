package dev.tradebook.transaction.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tradebook.transaction.support.Documents;
import io.quarkus.test.junit.QuarkusTest;

/** Every document list refuses a bad query parameter with 400 problem+json naming it. */
@QuarkusTest
class DocumentListParamsTest {

    @ParameterizedTest
    @ValueSource(strings = {"sales-orders", "invoices", "payments", "refunds", "cash-sales", "credit-notes", "quotes",
            "rmas"})
    void aPageOfMoreThan500IsRefused(String list) {
        refused(list + "?size=501", "size");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sales-orders", "invoices", "payments", "refunds", "cash-sales", "credit-notes", "quotes",
            "rmas"})
    void anUnknownSortFieldIsRefused(String list) {
        refused(list + "?sort=amount,asc", "sort");
    }

    @ParameterizedTest
    @CsvSource({"page=-1,page", "size=0,size", "size=ten,size", "sort=number;up,sort", "from=2026-02-30,from",
            "from=yesterday,from", "to=2026-13-01,to", "from=2026-11-02&to=2026-11-01,to",
            "customer=ABCDEFGHIJKLMNOPQRSTU,customer"})
    void aBadParameterIsNamed(String query, String field) {
        refused("invoices?" + query.replace(';', ','), field);
    }

    @ParameterizedTest
    @CsvSource({"sales-orders,SHIPPED", "quotes,APPROVED", "rmas,RETURNED"})
    void anUnknownStatusIsRefused(String list, String status) {
        refused(list + "?status=" + status, "status");
    }

    private static void refused(String path, String field) {
        Documents.get(path).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains(field)).body("status", equalTo(400));
    }
}
