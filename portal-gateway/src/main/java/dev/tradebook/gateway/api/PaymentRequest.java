package dev.tradebook.gateway.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A payment the portal's payment processor took for one invoice. */
@Schema(example = "{\"amount\": \"1180.00\", \"method\": \"CARD\", \"reference\": \"pi_3P2x9Q\"}")
public record PaymentRequest(
        @NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @Schema(description = "CARD, ONLINE or BANK_TRANSFER")
        @NotNull @Pattern(regexp = "CARD|ONLINE|BANK_TRANSFER", message = "must be CARD, ONLINE or BANK_TRANSFER") String method,
        @Schema(description = "the processor's reference of the payment")
        @NotBlank @Size(max = 60) String reference) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The transaction-service payment: the caller's customer, allocated in full to the invoice. */
    JsonNode toPayment(String customer, String invoice) {
        return JSON.valueToTree(Map.of("customer", customer, "amount", amount.toPlainString(), "method", method,
                "reference", reference, "allocations", List.of(Map.of("invoice", invoice, "amount",
                        amount.toPlainString()))));
    }
}
