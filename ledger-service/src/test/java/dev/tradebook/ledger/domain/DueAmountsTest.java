package dev.tradebook.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The due and overdue amounts a batch of postings keeps without reading the open items again. */
class DueAmountsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final UUID DEBTOR = UUID.randomUUID();
    private static final DueAmounts BEFORE = new DueAmounts(new BigDecimal("100.00"), new BigDecimal("40.00"));

    private static OpenItem item(OpenItemKind kind, String amount, LocalDate due) {
        JournalEntry entry = JournalEntry.draft(EntryKind.INVOICE, "C1", "INR", "DOC-" + kind, TODAY.minusDays(60))
                .debit("1100", DEBTOR, new BigDecimal(amount))
                .credit(ChartOfAccounts.SALES, null, new BigDecimal(amount))
                .post(Instant.parse("2026-11-24T10:00:00Z"));
        return OpenItem.of(kind, entry, DEBTOR, new BigDecimal(amount), due);
    }

    @Test
    void anInvoiceNotYetDueAddsToDueOnly() {
        OpenedItem opened = new OpenedItem(Optional.of(item(OpenItemKind.INVOICE, "118.00", TODAY)), List.of());

        assertThat(BEFORE.after(opened, TODAY)).isEqualTo(new DueAmounts(new BigDecimal("218.00"), new BigDecimal("40.00")));
    }

    @Test
    void anInvoicePastItsDueDateAddsToBoth() {
        OpenedItem opened = new OpenedItem(Optional.of(item(OpenItemKind.INVOICE, "10.00", TODAY.minusDays(1))), List.of());

        assertThat(BEFORE.after(opened, TODAY)).isEqualTo(new DueAmounts(new BigDecimal("110.00"), new BigDecimal("50.00")));
    }

    @Test
    void aPaymentTakesOffWhatItSettledOverdueOrNot() {
        OpenItem overdue = item(OpenItemKind.INVOICE, "40.00", TODAY.minusDays(5));
        OpenItem current = item(OpenItemKind.INVOICE, "60.00", TODAY.plusDays(5));
        OpenedItem opened = new OpenedItem(Optional.of(item(OpenItemKind.PAYMENT, "55.00", null)),
                List.of(new Settlement(overdue, new BigDecimal("40.00")), new Settlement(current, new BigDecimal("15.00"))));

        assertThat(BEFORE.after(opened, TODAY)).isEqualTo(new DueAmounts(new BigDecimal("45.00"), new BigDecimal("0.00")));
    }

    @Test
    void aCashSaleLeavesThemAsTheyWere() {
        assertThat(BEFORE.after(new OpenedItem(Optional.empty(), List.of()), TODAY)).isEqualTo(BEFORE);
    }
}
