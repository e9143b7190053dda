package dev.tradebook.platform.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tradebook.platform.events.customer.ClassificationsChanged;
import dev.tradebook.platform.events.customer.CustomerActivated;
import dev.tradebook.platform.events.customer.CustomerCreated;
import dev.tradebook.platform.events.customer.CustomerCreditTermsChanged;
import dev.tradebook.platform.events.customer.CustomerDeactivated;
import dev.tradebook.platform.events.customer.CustomerDeleted;
import dev.tradebook.platform.events.customer.CustomerHoldChanged;
import dev.tradebook.platform.events.customer.CustomerOwnerChanged;
import dev.tradebook.platform.events.customer.CustomerUpdated;
import dev.tradebook.platform.events.customer.LeadConverted;
import dev.tradebook.platform.events.customer.MemoChanged;
import dev.tradebook.platform.events.customer.NoteAdded;
import dev.tradebook.platform.events.ledger.BalanceChanged;
import dev.tradebook.platform.events.ledger.BalanceDriftDetected;
import dev.tradebook.platform.events.ledger.CreditHoldApplied;
import dev.tradebook.platform.events.ledger.CreditHoldReleased;
import dev.tradebook.platform.events.ledger.EntryReversed;
import dev.tradebook.platform.events.ledger.WriteOffPosted;
import dev.tradebook.platform.events.sales.CashSaleMade;
import dev.tradebook.platform.events.sales.CreditNoteIssued;
import dev.tradebook.platform.events.sales.CustomerHasTransactions;
import dev.tradebook.platform.events.sales.InvoiceIssued;
import dev.tradebook.platform.events.sales.OrderAmended;
import dev.tradebook.platform.events.sales.OrderApproved;
import dev.tradebook.platform.events.sales.OrderCancelled;
import dev.tradebook.platform.events.sales.OrderPlaced;
import dev.tradebook.platform.events.sales.PaymentReceived;
import dev.tradebook.platform.events.sales.RefundIssued;
import dev.tradebook.platform.events.sales.RmaReceived;

/** Every event type the system publishes, looked up by its CloudEvents type name. */
public final class EventTypes {

    public static final EventType<CustomerCreated> CUSTOMER_CREATED =
            new EventType<>("customer.created.v1", Topics.CUSTOMER_EVENTS, CustomerCreated.class);
    public static final EventType<CustomerUpdated> CUSTOMER_UPDATED =
            new EventType<>("customer.updated.v1", Topics.CUSTOMER_EVENTS, CustomerUpdated.class);

    public static final EventType<CustomerCreditTermsChanged> CUSTOMER_CREDIT_TERMS_CHANGED =
            new EventType<>("customer.credit-terms-changed.v1", Topics.CUSTOMER_EVENTS, CustomerCreditTermsChanged.class);

    public static final EventType<CustomerDeactivated> CUSTOMER_DEACTIVATED =
            new EventType<>("customer.deactivated.v1", Topics.CUSTOMER_EVENTS, CustomerDeactivated.class);
    public static final EventType<CustomerActivated> CUSTOMER_ACTIVATED =
            new EventType<>("customer.activated.v1", Topics.CUSTOMER_EVENTS, CustomerActivated.class);
    public static final EventType<CustomerOwnerChanged> CUSTOMER_OWNER_CHANGED =
            new EventType<>("customer.owner-changed.v1", Topics.CUSTOMER_EVENTS, CustomerOwnerChanged.class);
    public static final EventType<CustomerHoldChanged> CUSTOMER_HOLD_CHANGED =
            new EventType<>("customer.hold-changed.v1", Topics.CUSTOMER_EVENTS, CustomerHoldChanged.class);
    public static final EventType<CustomerDeleted> CUSTOMER_DELETED =
            new EventType<>("customer.deleted.v1", Topics.CUSTOMER_EVENTS, CustomerDeleted.class);
    public static final EventType<LeadConverted> LEAD_CONVERTED =
            new EventType<>("customer.lead-converted.v1", Topics.CUSTOMER_EVENTS, LeadConverted.class);
    public static final EventType<NoteAdded> NOTE_ADDED =
            new EventType<>("customer.note-added.v1", Topics.CUSTOMER_EVENTS, NoteAdded.class);
    public static final EventType<MemoChanged> MEMO_CHANGED =
            new EventType<>("customer.memo-changed.v1", Topics.CUSTOMER_EVENTS, MemoChanged.class);
    public static final EventType<ClassificationsChanged> CLASSIFICATIONS_CHANGED =
            new EventType<>("customer.classifications-changed.v1", Topics.CUSTOMER_EVENTS, ClassificationsChanged.class);

    public static final EventType<OrderPlaced> ORDER_PLACED =
            new EventType<>("sales.order-placed.v1", Topics.SALES_EVENTS, OrderPlaced.class);
    public static final EventType<OrderApproved> ORDER_APPROVED =
            new EventType<>("sales.order-approved.v1", Topics.SALES_EVENTS, OrderApproved.class);
    public static final EventType<OrderAmended> ORDER_AMENDED =
            new EventType<>("sales.order-amended.v1", Topics.SALES_EVENTS, OrderAmended.class);
    public static final EventType<OrderCancelled> ORDER_CANCELLED =
            new EventType<>("sales.order-cancelled.v1", Topics.SALES_EVENTS, OrderCancelled.class);
    public static final EventType<InvoiceIssued> INVOICE_ISSUED =
            new EventType<>("sales.invoice-issued.v1", Topics.SALES_EVENTS, InvoiceIssued.class);
    public static final EventType<CashSaleMade> CASH_SALE_MADE =
            new EventType<>("sales.cash-sale-made.v1", Topics.SALES_EVENTS, CashSaleMade.class);
    public static final EventType<CreditNoteIssued> CREDIT_NOTE_ISSUED =
            new EventType<>("sales.credit-note-issued.v1", Topics.SALES_EVENTS, CreditNoteIssued.class);
    public static final EventType<PaymentReceived> PAYMENT_RECEIVED =
            new EventType<>("sales.payment-received.v1", Topics.SALES_EVENTS, PaymentReceived.class);
    public static final EventType<RefundIssued> REFUND_ISSUED =
            new EventType<>("sales.refund-issued.v1", Topics.SALES_EVENTS, RefundIssued.class);
    public static final EventType<RmaReceived> RMA_RECEIVED =
            new EventType<>("sales.rma-received.v1", Topics.SALES_EVENTS, RmaReceived.class);
    public static final EventType<CustomerHasTransactions> CUSTOMER_HAS_TRANSACTIONS =
            new EventType<>("sales.customer-has-transactions.v1", Topics.SALES_EVENTS, CustomerHasTransactions.class);

    public static final EventType<BalanceChanged> BALANCE_CHANGED =
            new EventType<>("ledger.balance-changed.v1", Topics.LEDGER_EVENTS, BalanceChanged.class);
    public static final EventType<CreditHoldApplied> CREDIT_HOLD_APPLIED =
            new EventType<>("ledger.credit-hold-applied.v1", Topics.LEDGER_EVENTS, CreditHoldApplied.class);
    public static final EventType<CreditHoldReleased> CREDIT_HOLD_RELEASED =
            new EventType<>("ledger.credit-hold-released.v1", Topics.LEDGER_EVENTS, CreditHoldReleased.class);
    public static final EventType<BalanceDriftDetected> BALANCE_DRIFT_DETECTED =
            new EventType<>("ledger.balance-drift-detected.v1", Topics.LEDGER_EVENTS, BalanceDriftDetected.class);
    public static final EventType<WriteOffPosted> WRITE_OFF_POSTED =
            new EventType<>("ledger.write-off-posted.v1", Topics.LEDGER_EVENTS, WriteOffPosted.class);
    public static final EventType<EntryReversed> ENTRY_REVERSED =
            new EventType<>("ledger.entry-reversed.v1", Topics.LEDGER_EVENTS, EntryReversed.class);

    public static final List<EventType<?>> ALL = List.of(CUSTOMER_CREATED, CUSTOMER_UPDATED, CUSTOMER_CREDIT_TERMS_CHANGED,
            CUSTOMER_DEACTIVATED, CUSTOMER_ACTIVATED, CUSTOMER_OWNER_CHANGED, CUSTOMER_HOLD_CHANGED,
            CUSTOMER_DELETED, LEAD_CONVERTED, NOTE_ADDED, MEMO_CHANGED, CLASSIFICATIONS_CHANGED,
            ORDER_PLACED, ORDER_APPROVED, ORDER_AMENDED, ORDER_CANCELLED, INVOICE_ISSUED,
            CASH_SALE_MADE, CREDIT_NOTE_ISSUED, PAYMENT_RECEIVED, REFUND_ISSUED, RMA_RECEIVED,
            CUSTOMER_HAS_TRANSACTIONS, BALANCE_CHANGED, CREDIT_HOLD_APPLIED, CREDIT_HOLD_RELEASED,
            BALANCE_DRIFT_DETECTED, WRITE_OFF_POSTED, ENTRY_REVERSED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventTypes() {
    }

    /** Empty for a type this version does not know: consumers ignore such events. */
    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
