package dev.tradebook.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.tradebook.platform.events.customer.ClassificationsChanged;
import dev.tradebook.platform.events.customer.CustomerActivated;
import dev.tradebook.platform.events.customer.CustomerCreated;
import dev.tradebook.platform.events.customer.CustomerCreditTermsChanged;
import dev.tradebook.platform.events.customer.CustomerDeactivated;
import dev.tradebook.platform.events.customer.CustomerDeleted;
import dev.tradebook.platform.events.customer.CustomerHoldChanged;
import dev.tradebook.platform.events.customer.CustomerOwnerChanged;
import dev.tradebook.platform.events.customer.CustomerProfile;
import dev.tradebook.platform.events.customer.CustomerUpdated;
import dev.tradebook.platform.events.customer.DocumentDefaults;
import dev.tradebook.platform.events.customer.Ecommerce;
import dev.tradebook.platform.events.customer.LeadConverted;
import dev.tradebook.platform.events.customer.MemoChanged;
import dev.tradebook.platform.events.customer.NoteAdded;
import dev.tradebook.platform.events.customer.PortalAccess;
import dev.tradebook.platform.events.customer.PostalAddress;
import dev.tradebook.platform.events.ledger.BalanceChanged;
import dev.tradebook.platform.events.ledger.BalanceDriftDetected;
import dev.tradebook.platform.events.ledger.CreditHoldApplied;
import dev.tradebook.platform.events.ledger.CreditHoldReleased;
import dev.tradebook.platform.events.ledger.EntryReversed;
import dev.tradebook.platform.events.ledger.WriteOffPosted;
import dev.tradebook.platform.events.sales.Allocation;
import dev.tradebook.platform.events.sales.CashSaleMade;
import dev.tradebook.platform.events.sales.CreditNoteIssued;
import dev.tradebook.platform.events.sales.CustomerHasTransactions;
import dev.tradebook.platform.events.sales.DocumentTotals;
import dev.tradebook.platform.events.sales.InvoiceIssued;
import dev.tradebook.platform.events.sales.OrderAmended;
import dev.tradebook.platform.events.sales.OrderApproved;
import dev.tradebook.platform.events.sales.OrderCancelled;
import dev.tradebook.platform.events.sales.OrderEcommerce;
import dev.tradebook.platform.events.sales.OrderPlaced;
import dev.tradebook.platform.events.sales.PaymentReceived;
import dev.tradebook.platform.events.sales.RefundIssued;
import dev.tradebook.platform.events.sales.RmaReceived;

class EventSchemasTest {

    private static final CustomerProfile PROFILE = new CustomerProfile(
            "C000042", "Acme Traders", "INR", "ACTIVE", new BigDecimal("250000.00"), List.of("DOM"), 3,
            "DISTRIBUTOR", "STOP", "WARN", "NET30", "Anil Kumar", "accounts@acme.example",
            new DocumentDefaults(
                    new PostalAddress("Acme Traders", "12 MG Road", null, null, "Bengaluru", "Karnataka", "India",
                            "560001", "+91 80 4000 1234"),
                    new PostalAddress("Acme Warehouse", "Plot 7, Peenya", "Phase 2", null, "Bengaluru", "Karnataka",
                            "India", "560058", null),
                    "orders@acme.example", "accounts@acme.example", "FOB", "Blue Dart", "ROAD", 30,
                    Map.of("region", "South")),
            new PortalAccess(true, "portal@acme.example"),
            new Ecommerce("web-shop", "buyer-7731", Instant.parse("2026-11-24T10:15:30Z")));

    private static final DocumentTotals TOTALS =
            new DocumentTotals(new BigDecimal("1000.00"), new BigDecimal("180.00"), new BigDecimal("1180.00"));

    /** A profile as events written before the later fields carry it. */
    private static final String OLD_PROFILE_EVENT = """
            {"customer": {"code": "C000042", "name": "Acme Traders", "currency": "INR", "status": "ACTIVE",
             "creditLimit": "250000.00", "debtorAccountGroups": ["DOM"], "version": 3}}""";

    /** One sample per type; a type added without a sample fails {@link #everyTypeHasASample()}. */
    private static final Map<String, Object> SAMPLES = Map.ofEntries(
            Map.entry(EventTypes.CUSTOMER_CREATED.name(), new CustomerCreated(PROFILE)),
            Map.entry(EventTypes.CUSTOMER_UPDATED.name(), new CustomerUpdated(PROFILE, List.of("name"))),
            Map.entry(EventTypes.CUSTOMER_CREDIT_TERMS_CHANGED.name(), new CustomerCreditTermsChanged("C000042", "INR",
                    new BigDecimal("300000.00"), "STOP", "WARN", "NET30", 4)),
            Map.entry(EventTypes.CUSTOMER_DEACTIVATED.name(), new CustomerDeactivated("C000042", 5)),
            Map.entry(EventTypes.CUSTOMER_ACTIVATED.name(), new CustomerActivated("C000042", 6)),
            Map.entry(EventTypes.CUSTOMER_OWNER_CHANGED.name(), new CustomerOwnerChanged("C000042", "neha", "priya", 7)),
            Map.entry(EventTypes.CUSTOMER_HOLD_CHANGED.name(), new CustomerHoldChanged("C000042", true,
                    List.of("MANUAL"), "Cheque bounced twice", 8)),
            Map.entry(EventTypes.CUSTOMER_DELETED.name(), new CustomerDeleted("C000042", 9)),
            Map.entry(EventTypes.LEAD_CONVERTED.name(), new LeadConverted("C000042", "LEAD", 17, "priya", 0)),
            Map.entry(EventTypes.NOTE_ADDED.name(), new NoteAdded("C000042", 5, "Asked for the festive price list",
                    "priya", Instant.parse("2026-11-24T10:15:30Z"))),
            Map.entry(EventTypes.MEMO_CHANGED.name(), new MemoChanged("C000042", 8, "ADDED", "EVENT", "Quarterly review",
                    "neha", Instant.parse("2026-12-01T05:30:00Z"), "OPEN", 0)),
            Map.entry(EventTypes.CLASSIFICATIONS_CHANGED.name(), new ClassificationsChanged("C000042",
                    List.of("KEY-ACCOUNT", "PHARMA"), List.of("PHARMA"), 10)),
            Map.entry(EventTypes.ORDER_PLACED.name(), new OrderPlaced("SO000123", "C000042", "INR", "APPROVED",
                    LocalDate.parse("2026-11-24"), TOTALS, "QT000017", new OrderEcommerce("shop-eu", "WEB-1001",
                            Instant.parse("2026-11-24T09:15:00Z")))),
            Map.entry(EventTypes.ORDER_APPROVED.name(), new OrderApproved("SO000123", "C000042", "INR", TOTALS,
                    "accounts")),
            Map.entry(EventTypes.ORDER_AMENDED.name(), new OrderAmended("SO000123", "C000042", "INR", 1, TOTALS,
                    new DocumentTotals(new BigDecimal("1500.00"), new BigDecimal("270.00"), new BigDecimal("1770.00")))),
            Map.entry(EventTypes.ORDER_CANCELLED.name(), new OrderCancelled("SO000123", "C000042", "INR",
                    new BigDecimal("1180.00"), "Customer changed their mind")),
            Map.entry(EventTypes.INVOICE_ISSUED.name(), new InvoiceIssued("INV000456", "C000042", "INR",
                    LocalDate.parse("2026-11-24"), LocalDate.parse("2026-12-24"), TOTALS, "SO000123")),
            Map.entry(EventTypes.CASH_SALE_MADE.name(), new CashSaleMade("CS000007", "C000042", "INR",
                    LocalDate.parse("2026-11-24"), TOTALS, "CASH", null)),
            Map.entry(EventTypes.CREDIT_NOTE_ISSUED.name(), new CreditNoteIssued("CN000011", "C000042", "INR",
                    LocalDate.parse("2026-11-25"), TOTALS, "INV000456", "RMA000003")),
            Map.entry(EventTypes.PAYMENT_RECEIVED.name(), new PaymentReceived("PAY000099", "C000042", "INR",
                    LocalDate.parse("2026-11-30"), new BigDecimal("1180.00"), "BANK_TRANSFER", "UTR20261130001",
                    List.of(new Allocation("INV000456", new BigDecimal("1180.00"))))),
            Map.entry(EventTypes.REFUND_ISSUED.name(), new RefundIssued("RF000002", "C000042", "INR",
                    LocalDate.parse("2026-12-02"), new BigDecimal("50.00"), "CHEQUE", "CHQ 004512")),
            Map.entry(EventTypes.RMA_RECEIVED.name(), new RmaReceived("RMA000003", "C000042", "INV000456",
                    LocalDate.parse("2026-11-25"))),
            Map.entry(EventTypes.CUSTOMER_HAS_TRANSACTIONS.name(), new CustomerHasTransactions("C000042",
                    "SALES_ORDER", "SO000123")),
            Map.entry(EventTypes.BALANCE_CHANGED.name(), new BalanceChanged("C000042", "INR",
                    new BigDecimal("1180.00"), new BigDecimal("1180.00"), new BigDecimal("0.00"), "INV000456", 12)),
            Map.entry(EventTypes.CREDIT_HOLD_APPLIED.name(), new CreditHoldApplied("C000042", "CREDIT_LIMIT", "INR",
                    new BigDecimal("310000.00"), new BigDecimal("300000.00"), new BigDecimal("0.00"), 13)),
            Map.entry(EventTypes.CREDIT_HOLD_RELEASED.name(), new CreditHoldReleased("C000042", "CREDIT_LIMIT", "INR",
                    new BigDecimal("290000.00"), new BigDecimal("300000.00"), new BigDecimal("0.00"), 14)),
            Map.entry(EventTypes.BALANCE_DRIFT_DETECTED.name(), new BalanceDriftDetected("C000042", "DOM-C000042",
                    new BigDecimal("1180.00"), new BigDecimal("1179.99"))),
            Map.entry(EventTypes.WRITE_OFF_POSTED.name(), new WriteOffPosted("C000042", "INR", "INV000456",
                    new BigDecimal("0.40"), "JE-000321", "Rounding residue")),
            Map.entry(EventTypes.ENTRY_REVERSED.name(), new EntryReversed("C000042", "INR", new BigDecimal("-1180.00"),
                    "JE-000322", "JE-000301", "INVOICE", "INV000456", "Raised twice")));

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static {
        JSON.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix("https://tradebook.dev/schemas/", "classpath:schemas/")));

    static List<EventType<?>> types() {
        return EventTypes.ALL;
    }

    @Test
    void everyTypeHasASample() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(
                EventTypes.ALL.stream().map(EventType::name).toList());
    }

    @Test
    void typeNamesAreUniqueAndVersioned() {
        assertThat(EventTypes.ALL).extracting(EventType::name)
                .doesNotHaveDuplicates()
                .allMatch(name -> name.matches("^[a-z]+\\.[a-z-]+\\.v[0-9]+$"));
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleOfTypeMatchesItsSchema(EventType<?> type) throws IOException {
        JsonNode data = JSON.valueToTree(SAMPLES.get(type.name()));

        assertThat(validate(type.schemaResource(), data)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("types")
    void envelopeOfTypeMatchesTheCloudEventsSchema(EventType<?> type) throws IOException {
        CloudEvent<?> event = CloudEvent.of("7b0c1c9e-7a3a-4c5e-9d43-2f5d1f3f6a10", "/customer-service", castType(type),
                "C000042", Instant.parse("2026-11-24T10:15:30Z"), SAMPLES.get(type.name()));

        assertThat(validate("schemas/cloudevent.schema.json", JSON.valueToTree(event))).isEmpty();
    }

    @Test
    void schemaRefusesAmountsSentAsNumbers() throws IOException {
        ObjectNode data = JSON.valueToTree(SAMPLES.get(EventTypes.CUSTOMER_CREATED.name()));
        ((ObjectNode) data.get("customer")).put("creditLimit", 250000.0);

        assertThat(validate(EventTypes.CUSTOMER_CREATED.schemaResource(), data))
                .extracting(ValidationMessage::getMessage)
                .anyMatch(message -> message.contains("creditLimit"));
    }

    @Test
    void recordRoundTripsThroughJson() throws IOException {
        CustomerCreated created = (CustomerCreated) SAMPLES.get(EventTypes.CUSTOMER_CREATED.name());

        CustomerCreated back = JSON.readValue(JSON.writeValueAsString(created), CustomerCreated.class);

        assertThat(back).isEqualTo(created);
        assertThat(back.customer().creditLimit()).isEqualByComparingTo("250000.00");
    }

    @Test
    void profileOfAnOlderEventStillMatchesTheSchemaAndParses() throws IOException {
        JsonNode data = JSON.readTree(OLD_PROFILE_EVENT);

        assertThat(validate(EventTypes.CUSTOMER_UPDATED.schemaResource(),
                JSON.readTree("{\"customer\": " + data.get("customer") + ", \"changedFields\": []}"))).isEmpty();
        CustomerCreated back = JSON.readValue(OLD_PROFILE_EVENT, CustomerCreated.class);
        assertThat(back.customer().code()).isEqualTo("C000042");
        assertThat(back.customer().type()).isNull();
        assertThat(back.customer().paymentTerms()).isNull();
    }

    @Test
    void creditTermsChangeRoundTripsThroughJson() throws IOException {
        Object changed = SAMPLES.get(EventTypes.CUSTOMER_CREDIT_TERMS_CHANGED.name());

        assertThat(JSON.readValue(JSON.writeValueAsString(changed), CustomerCreditTermsChanged.class)).isEqualTo(changed);
    }

    @Test
    void orderPlacedBeforeEcommerceStillMatchesTheSchemaAndParses() throws IOException {
        String older = "{\"number\": \"SO000123\", \"customer\": \"C000042\", \"currency\": \"INR\","
                + " \"status\": \"APPROVED\", \"orderDate\": \"2026-11-24\", \"totals\": "
                + JSON.writeValueAsString(TOTALS) + ", \"quote\": null}";

        assertThat(validate(EventTypes.ORDER_PLACED.schemaResource(), JSON.readTree(older))).isEmpty();
        assertThat(JSON.readValue(older, OrderPlaced.class).ecommerce()).isNull();
    }

    @SuppressWarnings("unchecked")
    private static EventType<Object> castType(EventType<?> type) {
        return (EventType<Object>) type;
    }

    private static Set<ValidationMessage> validate(String resource, JsonNode node) throws IOException {
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("schema %s on the classpath", resource).isNotNull();
            JsonSchema schema = SCHEMAS.getSchema(JSON.readTree(in));
            return schema.validate(node);
        }
    }
}
