package dev.tradebook.gateway.domain;

import java.time.Instant;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradebook.gateway.client.CustomerDirectory;
import dev.tradebook.gateway.client.ServiceRefusal;
import dev.tradebook.gateway.client.Transactions;
import dev.tradebook.gateway.config.IntakeSettings;

/**
 * Takes one pushed order exactly once. The first final result (created, or refused by a service) is kept per
 * channel and order id and answers every later push. The services are called with Idempotency-Keys derived from
 * the same pair, so an intake that died between registering the buyer and placing the order, or two intakes of
 * the same order at once, still make one customer and one order. A result that is not final (a service away, the
 * new customer not yet known to transaction-service) is answered REFUSED and not kept: pushing the order again
 * takes it up where it stopped.
 */
@ApplicationScoped
public class OrderIntake {

    private static final Logger LOG = Logger.getLogger(OrderIntake.class);

    private final IntakeRecords records;
    private final CustomerDirectory customers;
    private final Transactions transactions;
    private final IntakeSettings settings;
    private final ObjectMapper json;

    public OrderIntake(IntakeRecords records, CustomerDirectory customers, Transactions transactions,
            IntakeSettings settings, ObjectMapper json) {
        this.records = records;
        this.customers = customers;
        this.transactions = transactions;
        this.settings = settings;
        this.json = json;
    }

    public IntakeResult take(IncomingOrder order) {
        return records.first(order.channel(), order.externalOrderId()).map(IntakeResult::replayed)
                .orElseGet(() -> attempt(order));
    }

    private IntakeResult attempt(IncomingOrder order) {
        String customer = order.customer();
        try {
            if (customer == null) {
                customer = buyerCustomer(order);
                awaitKnownToTransactions(customer);
            }
            String placed = customer;
            JsonNode salesOrder = whileInProgress(() -> transactions.placeSalesOrder(order.orderKey(),
                    salesOrder(order, placed)));
            return records.keep(IntakeResult.created(order, salesOrder.path("number").asText(), customer));
        } catch (ServiceRefusal refusal) {
            if (isCartOrderTaken(refusal)) {
                // Placed before for this cart order (this gateway lost its record, or it came another way): that
                // order is the first result, so this push and every later one answer DUPLICATE with its number.
                JsonNode taken = problemOf(refusal);
                return records.keep(IntakeResult.created(order, taken.path("salesOrder").asText(),
                        taken.path("customer").asText(customer))).replayed();
            }
            IntakeResult refused = IntakeResult.refused(order, customer, problemOf(refusal));
            return isFinal(refusal) ? records.keep(refused) : refused;
        } catch (CustomerNotYetKnown e) {
            return IntakeResult.refused(order, customer, problem(503, "customer-not-yet-known", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Order %s of %s not taken this time", order.externalOrderId(), order.channel());
            return IntakeResult.refused(order, customer, problem(503, "intake-unavailable",
                    "A service did not answer in time; push the order again later"));
        }
    }

    /** The buyer's customer: found by cart and buyer, else registered (once, whoever registers it first). */
    private String buyerCustomer(IncomingOrder order) {
        String buyer = order.buyer().cartMapping();
        return customers.byCartBuyer(order.channel(), buyer).orElseGet(() -> {
            try {
                return whileInProgress(() -> customers.register(order.customerKey(), newCustomer(order)));
            } catch (ServiceRefusal refusal) {
                // Another order of the same buyer registered it a moment ago.
                if (refusal.status() == 409 && problemType(refusal).endsWith("/cart-buyer-taken")) {
                    return customers.byCartBuyer(order.channel(), buyer).orElseThrow(() -> refusal);
                }
                throw refusal;
            }
        });
    }

    /**
     * A new customer reaches transaction-service through customer events. An order placed before would be
     * refused as for an unknown customer, so the order waits, a bounded time, until its credit can be read.
     */
    private void awaitKnownToTransactions(String customer) {
        Instant deadline = Instant.now().plus(settings.customerArrivalTimeout());
        while (true) {
            try {
                transactions.credit(customer);
                return;
            } catch (ServiceRefusal refusal) {
                if (refusal.status() != 404) {
                    throw refusal;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new CustomerNotYetKnown(customer);
            }
            pause();
        }
    }

    /** Another intake of the same order holds the Idempotency-Key: wait for its answer, which is then replayed. */
    private <T> T whileInProgress(Supplier<T> call) {
        Instant deadline = Instant.now().plus(settings.inProgressTimeout());
        while (true) {
            try {
                return call.get();
            } catch (ServiceRefusal refusal) {
                if (!isInProgress(refusal) || Instant.now().isAfter(deadline)) {
                    throw refusal;
                }
            }
            pause();
        }
    }

    private ObjectNode newCustomer(IncomingOrder order) {
        IncomingOrder.Buyer buyer = order.buyer();
        ObjectNode customer = json.createObjectNode();
        customer.put("name", buyer.name());
        customer.put("type", settings.customerType());
        customer.put("currency", order.currency());
        customer.putArray("debtorAccountGroups").add(settings.debtorAccountGroup());
        putIfPresent(customer, "email", buyer.email());
        IncomingOrder.Address address = buyer.address();
        if (address != null || buyer.phone() != null) {
            ObjectNode postal = customer.putObject("address");
            if (address != null) {
                putIfPresent(postal, "line1", address.line1());
                putIfPresent(postal, "line2", address.line2());
                putIfPresent(postal, "line3", address.line3());
                putIfPresent(postal, "city", address.city());
                putIfPresent(postal, "pinCode", address.pinCode());
            }
            putIfPresent(postal, "phone1", buyer.phone());
        }
        customer.put("source", order.channelType().customerSource());
        customer.putObject("ecommerce").put("importedFromCart", order.channel())
                .put("cartMapping", buyer.cartMapping());
        return customer;
    }

    private ObjectNode salesOrder(IncomingOrder order, String customer) {
        ObjectNode salesOrder = json.createObjectNode();
        salesOrder.put("customer", customer);
        salesOrder.put("currency", order.currency());
        salesOrder.set("lines", order.lines());
        salesOrder.putObject("ecommerce").put("importedFromCart", order.channel())
                .put("cartMapping", order.externalOrderId());
        return salesOrder;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private void pause() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a service", e);
        }
    }

    /**
     * A refusal about the order itself (validation, credit, hold, currency, unknown customer) answers every later
     * push. One about the moment or the gateway's own access (a service down, timing out, limiting the rate,
     * refusing the integrator's token, busy with the same key) does not: the order may be pushed again.
     */
    private boolean isFinal(ServiceRefusal refusal) {
        int status = refusal.status();
        return status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 429
                && !isInProgress(refusal);
    }

    private boolean isCartOrderTaken(ServiceRefusal refusal) {
        return refusal.status() == 409 && problemType(refusal).endsWith("/cart-order-taken");
    }

    private boolean isInProgress(ServiceRefusal refusal) {
        return refusal.status() == 409 && problemType(refusal).endsWith("/idempotency-key-in-progress");
    }

    private String problemType(ServiceRefusal refusal) {
        return problemOf(refusal).path("type").asText();
    }

    /** The service's problem+json as it gave it; a body that is not JSON is carried as the detail. */
    private JsonNode problemOf(ServiceRefusal refusal) {
        try {
            JsonNode body = json.readTree(refusal.body());
            if (body != null && body.isObject()) {
                return body;
            }
        } catch (JsonProcessingException e) {
            // not JSON: carried as the detail below
        }
        return problem(refusal.status(), "service-refusal", refusal.body());
    }

    private ObjectNode problem(int status, String type, String detail) {
        ObjectNode problem = json.createObjectNode();
        problem.put("type", "https://tradebook.dev/problems/" + type);
        problem.put("title", status >= 500 ? "Not taken yet" : "Refused");
        problem.put("status", status);
        problem.put("detail", detail);
        return problem;
    }

    /** The new customer did not reach transaction-service within the configured time. */
    private static final class CustomerNotYetKnown extends RuntimeException {

        CustomerNotYetKnown(String customer) {
            super("Customer " + customer + " is registered but not yet known to transaction-service; push the order"
                    + " again later");
        }
    }
}
