package dev.tradebook.gateway.api;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** What a portal user needs to know before ordering: what it owes, what it may still buy, and why not. */
@Schema(example = "{\"customer\": \"DEMOA\", \"currency\": \"INR\", \"balance\": \"1180.00\", \"amountDue\": \"1180.00\","
        + " \"amountOverdue\": \"0.00\", \"creditLimit\": \"50000.00\", \"availableCredit\": \"48820.00\","
        + " \"onHold\": false, \"holdReasons\": [], \"holdReason\": null}")
public record AccountView(
        String customer,
        String currency,
        String balance,
        String amountDue,
        String amountOverdue,
        @Schema(description = "0 means no limit") String creditLimit,
        @Schema(nullable = true, description = "limit minus exposure; null when there is no limit") String availableCredit,
        boolean onHold,
        @Schema(description = "MANUAL, CREDIT_LIMIT, PAST_DUE") List<String> holdReasons,
        @Schema(nullable = true, description = "why the customer was put on hold by hand") String holdReason) {

    static AccountView of(JsonNode ledgerAccount, JsonNode credit) {
        List<String> reasons = new ArrayList<>();
        credit.path("holdReasons").forEach(reason -> reasons.add(reason.asText()));
        return new AccountView(ledgerAccount.path("customer").asText(), ledgerAccount.path("currency").asText(),
                ledgerAccount.path("balance").asText(), ledgerAccount.path("amountDue").asText(),
                ledgerAccount.path("amountOverdue").asText(), credit.path("limit").asText(),
                text(credit.get("available")), credit.path("onHold").asBoolean(), reasons,
                text(credit.get("manualHoldReason")));
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }
}
