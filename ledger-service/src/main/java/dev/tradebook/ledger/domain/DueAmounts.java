package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What open invoices and refunds leave owing ({@code due}) and the part past its due date ({@code overdue}). */
public record DueAmounts(BigDecimal due, BigDecimal overdue) {

    public static final DueAmounts NOTHING = new DueAmounts(BigDecimal.ZERO, BigDecimal.ZERO);

    /**
     * The amounts once a posting opened {@code opened}: a new debit item adds to them, each settlement takes
     * off the debit item it settled. The same figures a sum over the open items would give, without reading them.
     */
    public DueAmounts after(OpenedItem opened, LocalDate today) {
        BigDecimal newDue = due;
        BigDecimal newOverdue = overdue;
        if (opened.item().isPresent() && opened.item().get().kind().isDebit()) {
            OpenItem item = opened.item().get();
            newDue = newDue.add(item.outstanding());
            newOverdue = item.dueDate().isBefore(today) ? newOverdue.add(item.outstanding()) : newOverdue;
        }
        for (Settlement settlement : opened.settlements()) {
            newDue = newDue.subtract(settlement.amount());
            newOverdue = settlement.debit().dueDate().isBefore(today) ? newOverdue.subtract(settlement.amount()) : newOverdue;
        }
        return new DueAmounts(newDue, newOverdue);
    }
}
