package dev.tradebook.transaction.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;

/** Quotes and their conversion into sales orders, which are credit-checked like any order. */
@ApplicationScoped
public class Quotes {

    /** How long a quote stands when the request names no date. */
    static final int DEFAULT_VALID_DAYS = 30;

    private final CreditAccounts creditAccounts;
    private final SalesOrders salesOrders;
    private final NewDocuments documents;
    private final EntityManager entityManager;
    private final DocumentLists lists;

    public Quotes(CreditAccounts creditAccounts, SalesOrders salesOrders, NewDocuments documents,
            EntityManager entityManager, DocumentLists lists) {
        this.creditAccounts = creditAccounts;
        this.salesOrders = salesOrders;
        this.documents = documents;
        this.entityManager = entityManager;
        this.lists = lists;
    }

    /** A DRAFT quote; {@code validUntil} null means {@value #DEFAULT_VALID_DAYS} days from today. */
    @Transactional
    public Quote draft(DocumentRequest request, LocalDate validUntil) {
        CreditAccount account = creditAccounts.lockForDocument(request.customer());
        Pricing.Priced priced = Pricing.price(request.lines(), DocumentCurrency.of(account, request.currency()));
        LocalDate today = documents.today();
        LocalDate until = validUntil == null ? today.plusDays(DEFAULT_VALID_DAYS) : validUntil;
        if (until.isBefore(today)) {
            throw new BusinessRuleViolation("quote-in-the-past", "A quote cannot expire before it is made",
                    List.of(new Violation("validUntil", "must be today or later")));
        }
        Quote quote = new Quote(documents.number(DocumentType.QUOTE), account, priced, until, request.user(),
                documents.now(), today);
        entityManager.persist(quote);
        return quote;
    }

    @Transactional
    public Quote send(String number) {
        Quote quote = find(number);
        quote.send(documents.today());
        return quote;
    }

    @Transactional
    public Quote accept(String number) {
        Quote quote = find(number);
        quote.accept(documents.today());
        return quote;
    }

    @Transactional
    public Quote reject(String number) {
        Quote quote = find(number);
        quote.reject(documents.today());
        return quote;
    }

    /** The accepted quote's lines become a sales order, credit-checked and held like any other. */
    @Transactional(dontRollbackOn = CreditRefused.class)
    public SalesOrderRecord convert(String number, boolean acknowledgeCreditWarning, String user) {
        Quote quote = find(number);
        quote.requireConvertible(documents.today());
        List<LineInput> lines = quote.lines().stream().map(line -> line.withQuantity(line.quantity())).toList();
        SalesOrderRecord order = salesOrders.place(new DocumentRequest(quote.customerCode(), quote.currency(), lines,
                acknowledgeCreditWarning, user), quote.number());
        quote.converted(order.order().number());
        return order;
    }

    public Quote find(String number) {
        return documents.find(Quote.class, "Quote", number);
    }

    /** {@code status} null for any; EXPIRED and SENT are told apart by the date, as on a single quote. */
    public DocumentPage<Quote> list(DocumentListQuery query, QuoteStatus status) {
        return lists.list(Quote.class, "documentDate", query, status == null ? List.of() : List.of(condition(status)));
    }

    private DocumentCondition condition(QuoteStatus status) {
        return switch (status) {
            case EXPIRED -> new DocumentCondition("d.status = :status and d.validUntil < :today",
                    Map.of("status", QuoteStatus.SENT, "today", today()));
            case SENT -> new DocumentCondition("d.status = :status and d.validUntil >= :today",
                    Map.of("status", QuoteStatus.SENT, "today", today()));
            default -> new DocumentCondition("d.status = :status", Map.of("status", status));
        };
    }

    public LocalDate today() {
        return documents.today();
    }
}
