package dev.tradebook.transaction.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * Prices document lines in the document's currency: net = quantity × unit price × (1 − discount %),
 * tax = net × tax rate %, each rounded once HALF_EVEN at the currency's scale; total = net + tax.
 */
public final class Pricing {

    /** numeric(19, 4) leaves 15 digits before the point. */
    static final BigDecimal LARGEST_AMOUNT = new BigDecimal("999999999999999");
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private Pricing() {
    }

    public record Priced(List<DocumentLine> lines, Totals totals) {
    }

    /** Refuses (400, naming the field) what the currency or the columns cannot hold; nothing is priced then. */
    public static Priced price(List<LineInput> inputs, String currency) {
        List<Violation> violations = new ArrayList<>();
        if (inputs.isEmpty()) {
            violations.add(new Violation("lines", "must have at least one line"));
        }
        int scale = Money.zero(currency).amount().scale();
        List<DocumentLine> lines = new ArrayList<>();
        Totals totals = Totals.zero(currency);
        for (int i = 0; i < inputs.size(); i++) {
            LineInput input = inputs.get(i);
            String field = "lines[" + i + "]";
            if (input.unitPrice().stripTrailingZeros().scale() > scale) {
                violations.add(new Violation(field + ".unitPrice", "must have at most " + scale + " decimals in " + currency));
                continue;
            }
            Totals line = priceLine(input, currency);
            if (line.total().amount().compareTo(LARGEST_AMOUNT) > 0) {
                violations.add(new Violation(field, "total must not exceed " + LARGEST_AMOUNT));
                continue;
            }
            lines.add(new DocumentLine(input, line));
            totals = totals.plus(line);
        }
        if (violations.isEmpty() && totals.total().amount().compareTo(LARGEST_AMOUNT) > 0) {
            violations.add(new Violation("lines", "document total must not exceed " + LARGEST_AMOUNT));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest("validation", violations.size() + " field(s) failed validation", violations);
        }
        return new Priced(List.copyOf(lines), totals);
    }

    static Totals priceLine(LineInput input, String currency) {
        BigDecimal gross = input.quantity().multiply(input.unitPrice());
        BigDecimal discount = gross.multiply(input.discountPercent()).divide(HUNDRED);
        Money net = Money.of(gross.subtract(discount), currency);
        Money tax = net.times(input.taxRate().divide(HUNDRED));
        return new Totals(net, tax, net.plus(tax));
    }
}
