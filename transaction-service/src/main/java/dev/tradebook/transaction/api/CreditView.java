package dev.tradebook.transaction.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.transaction.domain.CreditAccount;
import dev.tradebook.transaction.domain.CreditPosition;

/** A customer's credit as the API shows it; amounts are strings at the scale of the customer's currency. */
public record CreditView(
        String customer,
        String currency,
        @Schema(description = "0 means the limit is not checked") BigDecimal limit,
        BigDecimal exposure,
        @Schema(nullable = true, description = "limit minus exposure, negative when over the limit; null when the limit is not checked")
        BigDecimal available,
        boolean limitChecked,
        boolean onHold,
        @Schema(description = "MANUAL, CREDIT_LIMIT, PAST_DUE") List<String> holdReasons,
        @Schema(nullable = true) String manualHoldReason,
        @Schema(description = "STOP or WARN") String creditActionOnOrder,
        @Schema(description = "STOP or WARN") String creditActionOnInvoice) {

    static CreditView of(CreditAccount account) {
        CreditPosition position = account.position();
        return new CreditView(position.customerCode(), position.currency(), position.limit().amount(),
                position.exposure().amount(), position.available().map(Money::amount).orElse(null),
                position.limitChecked(), account.onHold(), account.holdReasons().stream().map(Enum::name).toList(),
                account.manualHoldReason(), account.creditActionOnOrder().name(), account.creditActionOnInvoice().name());
    }
}
