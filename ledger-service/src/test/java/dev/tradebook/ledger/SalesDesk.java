package dev.tradebook.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.EventType;
import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.events.sales.Allocation;
import dev.tradebook.platform.events.sales.CashSaleMade;
import dev.tradebook.platform.events.sales.CreditNoteIssued;
import dev.tradebook.platform.events.sales.DocumentTotals;
import dev.tradebook.platform.events.sales.InvoiceIssued;
import dev.tradebook.platform.events.sales.PaymentReceived;
import dev.tradebook.platform.events.sales.RefundIssued;
import dev.tradebook.platform.runtime.events.EventCodec;
import dev.tradebook.platform.testing.TestTopics;

/** Plays transaction-service in the tests: builds sales events and publishes them on sales.events, keyed by customer. */
@ApplicationScoped
public class SalesDesk {

    public static final String SOURCE = "/transaction-service";

    private final EventCodec codec;

    public SalesDesk(EventCodec codec) {
        this.codec = codec;
    }

    public static DocumentTotals totals(String net, String tax) {
        BigDecimal n = new BigDecimal(net);
        BigDecimal t = new BigDecimal(tax);
        return new DocumentTotals(n, t, n.add(t));
    }

    public CloudEvent<InvoiceIssued> invoice(String customer, String number, String currency, LocalDate date, LocalDate due,
            String net, String tax) {
        return event(EventTypes.INVOICE_ISSUED, customer,
                new InvoiceIssued(number, customer, currency, date, due, totals(net, tax), null));
    }

    public CloudEvent<CashSaleMade> cashSale(String customer, String number, String currency, String net, String tax) {
        return event(EventTypes.CASH_SALE_MADE, customer,
                new CashSaleMade(number, customer, currency, LocalDate.now(), totals(net, tax), "CASH", null));
    }

    public CloudEvent<CreditNoteIssued> creditNote(String customer, String number, String currency, String invoice,
            String net, String tax) {
        return event(EventTypes.CREDIT_NOTE_ISSUED, customer,
                new CreditNoteIssued(number, customer, currency, LocalDate.now(), totals(net, tax), invoice, null));
    }

    public CloudEvent<PaymentReceived> payment(String customer, String number, String currency, String amount,
            Allocation... hints) {
        return payment(customer, number, currency, LocalDate.now(), amount, hints);
    }

    public CloudEvent<PaymentReceived> payment(String customer, String number, String currency, LocalDate receivedOn,
            String amount, Allocation... hints) {
        return event(EventTypes.PAYMENT_RECEIVED, customer, new PaymentReceived(number, customer, currency, receivedOn,
                new BigDecimal(amount), "BANK_TRANSFER", "ref " + number, List.of(hints)));
    }

    public CloudEvent<RefundIssued> refund(String customer, String number, String currency, String amount) {
        return event(EventTypes.REFUND_ISSUED, customer, new RefundIssued(number, customer, currency, LocalDate.now(),
                new BigDecimal(amount), "BANK_TRANSFER", null));
    }

    public String encode(CloudEvent<?> event) {
        return codec.encode(event);
    }

    public void publish(CloudEvent<?> event) {
        TestTopics.send(Topics.SALES_EVENTS, event.subject(), encode(event));
    }

    private static <T> CloudEvent<T> event(EventType<T> type, String customer, T data) {
        return CloudEvent.of(UUID.randomUUID().toString(), SOURCE, type, customer, Instant.now(), data);
    }
}
