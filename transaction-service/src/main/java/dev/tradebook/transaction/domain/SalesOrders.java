package dev.tradebook.transaction.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.sales.OrderAmended;
import dev.tradebook.platform.events.sales.OrderApproved;
import dev.tradebook.platform.events.sales.OrderCancelled;
import dev.tradebook.platform.events.sales.OrderEcommerce;
import dev.tradebook.platform.events.sales.OrderPlaced;
import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.outbox.Outbox;
import dev.tradebook.platform.runtime.outbox.OutboxEntry;
import dev.tradebook.platform.runtime.persistence.JdbcTransactions;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.problem.StateConflict;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionExceptionResult;

/**
 * The use cases of sales orders. Each locks the customer's credit account first, so that the credit
 * check and the change of exposure of one customer's documents happen one at a time. A credit refusal
 * leaves the transaction intact (nothing has been written by then), so it can be stored for replay.
 */
@ApplicationScoped
public class SalesOrders {

    private final CreditAccounts creditAccounts;
    private final DocumentSequences sequences;
    private final Settings settings;
    private final SalesOrderRepository orders;
    private final SalesOrderRevisionRepository revisions;
    private final CreditAcknowledgementRepository acknowledgements;
    private final FirstDocuments firstDocuments;
    private final Outbox outbox;
    private final Clock clock;
    private final DocumentLists lists;
    private final PlacedOrders placedOrders;
    private final OrderingAccounts orderingAccounts;
    private final JdbcTransactions transactions;

    public SalesOrders(CreditAccounts creditAccounts, DocumentSequences sequences, Settings settings,
            SalesOrderRepository orders, SalesOrderRevisionRepository revisions,
            CreditAcknowledgementRepository acknowledgements, FirstDocuments firstDocuments, Outbox outbox, Clock clock,
            DocumentLists lists, PlacedOrders placedOrders, OrderingAccounts orderingAccounts,
            JdbcTransactions transactions) {
        this.creditAccounts = creditAccounts;
        this.sequences = sequences;
        this.settings = settings;
        this.orders = orders;
        this.revisions = revisions;
        this.acknowledgements = acknowledgements;
        this.firstDocuments = firstDocuments;
        this.outbox = outbox;
        this.clock = clock;
        this.lists = lists;
        this.placedOrders = placedOrders;
        this.orderingAccounts = orderingAccounts;
        this.transactions = transactions;
    }

    /** {@code quote}: the accepted quote the order comes from, or null. */
    public SalesOrderRecord place(DocumentRequest request, String quote) {
        return place(request, quote, null);
    }

    /**
     * APPROVED when the credit check passes; PENDING (outside the exposure, unchecked until approval) for a
     * customer on hold when the hold policy allows pending orders; otherwise refused. {@code cart}: the e-commerce
     * cart order it is imported from, or null. A cart order already placed is a 409 naming the existing order,
     * whoever placed it; the database's unique key also keeps out a racing second one.
     * <p>
     * In the plain JDBC transaction of an Idempotency-Key request when the order is written with JDBC only (a
     * customer with documents, neither on hold nor past a warning, no cart); any other order asks for JTA. Outside
     * a plain transaction it joins the caller's JTA transaction or begins one; a credit refusal does not roll it
     * back, so the refusal can be stored for replay.
     */
    public SalesOrderRecord place(DocumentRequest request, String quote, EcommerceFacts cart) {
        if (transactions.plainTransactionActive()) {
            return placeInTransaction(request, quote, cart);
        }
        return QuarkusTransaction.joiningExisting()
                .exceptionHandler(failure -> failure instanceof CreditRefused ? TransactionExceptionResult.COMMIT
                        : TransactionExceptionResult.ROLLBACK)
                .call(() -> placeInTransaction(request, quote, cart));
    }

    private SalesOrderRecord placeInTransaction(DocumentRequest request, String quote, EcommerceFacts cart) {
        if (cart != null) {
            transactions.requireJta();
            orders.importedFrom(cart).ifPresent(existing -> {
                throw cartOrderTaken(cart).with("salesOrder", existing.number())
                        .with("customer", existing.customerCode());
            });
        }
        CreditAccount account = orderingAccounts.lock(request.customer());
        Pricing.Priced priced = Pricing.price(request.lines(), DocumentCurrency.of(account, request.currency()));
        Money amount = priced.totals().total();
        OrderStatus status = OrderStatus.APPROVED;
        Optional<CreditFigures> warning = Optional.empty();
        if (account.onHold()) {
            transactions.requireJta();
            if (!settings.current().holdPolicy().allowsPendingOrders()) {
                throw CreditRefused.onHold(account.position(), amount, account.holdReasons());
            }
            status = OrderStatus.PENDING;
        } else {
            warning = CreditDecision.check(account.position(), amount, account.creditActionOnOrder(),
                    request.acknowledgeCreditWarning());
            account.addExposure(amount);
        }
        if (warning.isPresent() || !account.hasTransactions()) {
            // The acknowledgement and the first document's event are written through Hibernate.
            transactions.requireJta();
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        SalesOrder order = SalesOrder.place(sequences.take(DocumentType.SALES_ORDER), account, priced.totals(), status,
                quote, cart, request.user(), now, today);
        SalesOrderRevision revision = new SalesOrderRevision(order.number(), 0, priced, request.user(), now);
        OutboxEntry<OrderPlaced> event = outbox.entry(EventTypes.ORDER_PLACED, order.customerCode(), new OrderPlaced(
                order.number(), order.customerCode(), order.currency(), status.name(), today,
                priced.totals().toEvent(), quote, order.ecommerce()
                        .map(e -> new OrderEcommerce(e.importedFromCart(), e.cartMapping(), e.importedOn()))
                        .orElse(null)));
        firstDocuments.record(account, DocumentType.SALES_ORDER, order.number());
        placedOrders.book(order, revision, event, account, () -> cartOrderTaken(cart));
        // After the order's row: an acknowledgement names it.
        List<CreditAcknowledgement> acknowledged = warning.stream()
                .map(figures -> acknowledge(order, request.user(), now, figures)).toList();
        // Built from what was just stored: reading it back cost two queries and two flushes per order.
        return new SalesOrderRecord(order, List.of(revision), acknowledged);
    }

    /** A PENDING order enters the exposure once its customer is off hold and the credit check passes. */
    @Transactional(dontRollbackOn = CreditRefused.class)
    public SalesOrderRecord approve(String number, boolean acknowledgeCreditWarning, String user) {
        SalesOrder order = order(number);
        CreditAccount account = creditAccounts.lockExisting(order.customerCode());
        order.requireStatus("approve", Set.of(OrderStatus.PENDING));
        Money amount = order.uninvoiced();
        if (account.onHold()) {
            throw CreditRefused.onHold(account.position(), amount, account.holdReasons());
        }
        Optional<CreditFigures> warning = CreditDecision.check(account.position(), amount,
                account.creditActionOnOrder(), acknowledgeCreditWarning);
        Instant now = clock.instant();
        order.approve(user, now);
        account.addExposure(amount);
        warning.ifPresent(figures -> acknowledge(order, user, now, figures));
        outbox.add(EventTypes.ORDER_APPROVED, order.customerCode(), new OrderApproved(order.number(),
                order.customerCode(), order.currency(), order.totals().toEvent(), user));
        return find(number);
    }

    /**
     * New lines as the next revision. An approved order is checked again as if placed anew: its own old
     * amount leaves the exposure, the new one must fit.
     */
    @Transactional(dontRollbackOn = CreditRefused.class)
    public SalesOrderRecord amend(String number, DocumentRequest request) {
        SalesOrder order = order(number);
        CreditAccount account = creditAccounts.lockExisting(order.customerCode());
        order.requireStatus("amend", Set.of(OrderStatus.PENDING, OrderStatus.APPROVED));
        Pricing.Priced priced = Pricing.price(request.lines(), DocumentCurrency.of(account, request.currency()));
        Totals previous = order.totals();
        Money previousExposure = order.exposure();
        Optional<CreditFigures> warning = Optional.empty();
        if (order.status() == OrderStatus.APPROVED && priced.totals().total().isGreaterThan(previous.total())) {
            CreditPosition withoutOrder = new CreditPosition(account.customerCode(), account.creditLimit(),
                    account.exposure().minus(previousExposure));
            if (account.onHold()) {
                throw CreditRefused.onHold(withoutOrder, priced.totals().total(), account.holdReasons());
            }
            warning = CreditDecision.check(withoutOrder, priced.totals().total(), account.creditActionOnOrder(),
                    request.acknowledgeCreditWarning());
        }
        Instant now = clock.instant();
        int revision = order.amend(priced.totals());
        account.addExposure(order.exposure().minus(previousExposure));
        revisions.persist(new SalesOrderRevision(number, revision, priced, request.user(), now));
        warning.ifPresent(figures -> acknowledge(order, request.user(), now, figures));
        outbox.add(EventTypes.ORDER_AMENDED, order.customerCode(), new OrderAmended(number, order.customerCode(),
                order.currency(), revision, previous.toEvent(), priced.totals().toEvent()));
        return find(number);
    }

    /** The part not invoiced yet leaves the exposure. */
    @Transactional
    public SalesOrderRecord cancel(String number, String reason) {
        SalesOrder order = order(number);
        CreditAccount account = creditAccounts.lockExisting(order.customerCode());
        Money released = order.exposure();
        order.cancel(reason, clock.instant());
        account.addExposure(released.negate());
        outbox.add(EventTypes.ORDER_CANCELLED, order.customerCode(), new OrderCancelled(number, order.customerCode(),
                order.currency(), released.amount(), reason));
        return find(number);
    }

    public SalesOrderRecord find(String number) {
        SalesOrder order = order(number);
        return new SalesOrderRecord(order, revisions.of(number), acknowledgements.of(DocumentType.SALES_ORDER, number));
    }

    /** {@code status}, {@code importedFromCart}, {@code cartMapping}: null for any. */
    public DocumentPage<SalesOrderRecord> list(DocumentListQuery query, OrderStatus status, String importedFromCart,
            String cartMapping) {
        List<DocumentCondition> conditions = new ArrayList<>();
        if (status != null) {
            conditions.add(new DocumentCondition("d.status = :status", Map.of("status", status)));
        }
        if (importedFromCart != null) {
            conditions.add(new DocumentCondition("d.importedFromCart = :cart", Map.of("cart", importedFromCart)));
        }
        if (cartMapping != null) {
            conditions.add(new DocumentCondition("d.cartMapping = :mapping", Map.of("mapping", cartMapping)));
        }
        return lists.list(SalesOrder.class, "orderDate", query, conditions).map(order -> new SalesOrderRecord(order,
                revisions.of(order.number()), acknowledgements.of(DocumentType.SALES_ORDER, order.number())));
    }

    private static StateConflict cartOrderTaken(EcommerceFacts cart) {
        return new StateConflict("cart-order-taken", "Order " + cart.cartMapping() + " of cart "
                + cart.importedFromCart() + " was already placed as a sales order");
    }

    private SalesOrder order(String number) {
        return orders.findByIdOptional(number).orElseThrow(() -> new ResourceNotFound("Sales order", number));
    }

    private CreditAcknowledgement acknowledge(SalesOrder order, String user, Instant now, CreditFigures figures) {
        CreditAcknowledgement acknowledgement = new CreditAcknowledgement(DocumentType.SALES_ORDER, order.number(), user,
                now, figures);
        acknowledgements.persist(acknowledgement);
        return acknowledgement;
    }
}
