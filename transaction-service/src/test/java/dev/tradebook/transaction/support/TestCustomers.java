package dev.tradebook.transaction.support;

import static dev.tradebook.transaction.CreditEndpoint.EVENT_DELIVERY;
import static dev.tradebook.transaction.CreditEndpoint.awaitCreditOf;
import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.events.customer.CustomerCreated;
import dev.tradebook.platform.events.customer.CustomerDeleted;
import dev.tradebook.platform.events.customer.CustomerHoldChanged;
import dev.tradebook.platform.events.customer.CustomerProfile;
import dev.tradebook.platform.events.customer.CustomerUpdated;
import dev.tradebook.platform.events.customer.DocumentDefaults;
import dev.tradebook.platform.events.customer.PostalAddress;
import dev.tradebook.platform.events.ledger.CreditHoldApplied;
import dev.tradebook.platform.events.ledger.CreditHoldReleased;
import dev.tradebook.platform.events.ledger.EntryReversed;
import dev.tradebook.platform.events.ledger.WriteOffPosted;
import dev.tradebook.platform.runtime.events.EventCodec;
import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.transaction.CustomerEventFeed;

/**
 * Customers with every fact a document inherits, made known to the service through customer events as
 * customer-service would publish them, and their holds from customer and ledger events.
 */
@ApplicationScoped
public class TestCustomers {

    public static final PostalAddress BILLING = new PostalAddress("Acme Traders", "12 MG Road", null, null, "Bengaluru",
            "Karnataka", "India", "560001", "+91 80 1234 5678");
    public static final PostalAddress SHIPPING = new PostalAddress("Acme Warehouse", "Plot 7", "Peenya", null,
            "Bengaluru", "Karnataka", "India", "560058", null);

    private final EventCodec codec;

    public TestCustomers(EventCodec codec) {
        this.codec = codec;
    }

    /** An active customer with the given limit and action on orders and invoices, known once this returns. */
    public String create(String prefix, String currency, String limit, String creditAction) {
        String code = CustomerEventFeed.newCustomerCode(prefix);
        publish(Topics.CUSTOMER_EVENTS, event(EventTypes.CUSTOMER_CREATED, code,
                new CustomerCreated(profile(code, currency, limit, creditAction, "ACTIVE", 1))));
        awaitCreditOf(code);
        return code;
    }

    /** The customer as customer-service shows it after a change of status or limit, at a later version. */
    public void update(String code, String currency, String limit, String creditAction, String status, long version) {
        publish(Topics.CUSTOMER_EVENTS, event(EventTypes.CUSTOMER_UPDATED, code,
                new CustomerUpdated(profile(code, currency, limit, creditAction, status, version), List.of("status"))));
    }

    /** A manual hold (reason) or its release (null), waited for until the credit endpoint shows it. */
    public void manualHold(String code, String reason, long version) {
        publish(Topics.CUSTOMER_EVENTS, event(EventTypes.CUSTOMER_HOLD_CHANGED, code, new CustomerHoldChanged(code,
                reason != null, reason == null ? List.of() : List.of("MANUAL"), reason, version)));
        awaitHold(code, "MANUAL", reason != null);
    }

    public void automaticHold(String code, String reason, String currency) {
        publish(Topics.LEDGER_EVENTS, event(EventTypes.CREDIT_HOLD_APPLIED, code, new CreditHoldApplied(code, reason,
                currency, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, System.nanoTime())));
        awaitHold(code, reason, true);
    }

    public void automaticRelease(String code, String reason, String currency) {
        publish(Topics.LEDGER_EVENTS, event(EventTypes.CREDIT_HOLD_RELEASED, code, new CreditHoldReleased(code, reason,
                currency, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, System.nanoTime())));
        awaitHold(code, reason, false);
    }

    public void delete(String code, long version) {
        publish(Topics.CUSTOMER_EVENTS, event(EventTypes.CUSTOMER_DELETED, code, new CustomerDeleted(code, version)));
    }

    public void writeOff(String code, String currency, String invoice, String amount) {
        publish(Topics.LEDGER_EVENTS, event(EventTypes.WRITE_OFF_POSTED, code,
                new WriteOffPosted(code, currency, invoice, new BigDecimal(amount), "JE-1", "uncollectable")));
    }

    /** ledger.entry-reversed.v1 as the ledger publishes it; answered, so that a test can deliver it again. */
    public CloudEvent<EntryReversed> reversal(String code, String currency, String amount) {
        CloudEvent<EntryReversed> event = event(EventTypes.ENTRY_REVERSED, code, new EntryReversed(code, currency,
                new BigDecimal(amount), UUID.randomUUID().toString(), UUID.randomUUID().toString(), "INVOICE",
                "INV000001", "raised twice"));
        redeliver(event);
        return event;
    }

    public void redeliver(CloudEvent<?> ledgerEvent) {
        publish(Topics.LEDGER_EVENTS, ledgerEvent);
    }

    public static CustomerProfile profile(String code, String currency, String limit, String creditAction, String status,
            long version) {
        return new CustomerProfile(code, "Acme " + code, currency, status, new BigDecimal(limit), List.of("DOM"), version,
                "CUSTOMER", creditAction, creditAction, "NET30", "Asha Rao", "buyer@acme.example",
                new DocumentDefaults(BILLING, SHIPPING, "orders@acme.example", "invoices@acme.example", "FOB", "Road",
                        "COURIER", 30, Map.of("region", "South")));
    }

    private static void awaitHold(String code, String reason, boolean held) {
        await().atMost(EVENT_DELIVERY)
                .until(() -> creditOf(code).extract().<List<String>>path("holdReasons").contains(reason) == held);
    }

    private static <T> CloudEvent<T> event(dev.tradebook.platform.events.EventType<T> type, String code, T data) {
        return CloudEvent.of(UUID.randomUUID().toString(), "/test", type, code, Instant.now(), data);
    }

    private void publish(String topic, CloudEvent<?> event) {
        TestTopics.send(topic, event.subject(), codec.encode(event));
    }
}
