package dev.tradebook.ledger.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Posts sales documents to the customer's account: the journal entry, the open item it leaves and the
 * customer's new figures, in one transaction. A document for a customer without an account yet waits,
 * in arrival order, and posts when the account opens.
 */
@ApplicationScoped
public class Postings {

    private static final Logger LOG = Logger.getLogger(Postings.class);

    private final CustomerLocks locks;
    private final CustomerLedgerRepository ledgers;
    private final PendingPostingRepository pending;
    private final DebtorAccountRepository accounts;
    private final OpenItemRepository items;
    private final AccountGroupRepository groups;
    private final Journal journal;
    private final OpenItems openItems;
    private final Balances balances;
    private final CreditControl creditControl;
    private final Clock clock;
    private final Counter parked;
    private final Counter refusedWhileWaiting;

    public Postings(CustomerLocks locks, CustomerLedgerRepository ledgers, PendingPostingRepository pending,
            DebtorAccountRepository accounts, OpenItemRepository items, AccountGroupRepository groups, Journal journal, OpenItems openItems,
            Balances balances, CreditControl creditControl, Clock clock, MeterRegistry registry) {
        this.locks = locks;
        this.ledgers = ledgers;
        this.pending = pending;
        this.accounts = accounts;
        this.items = items;
        this.groups = groups;
        this.journal = journal;
        this.openItems = openItems;
        this.balances = balances;
        this.creditControl = creditControl;
        this.clock = clock;
        this.parked = registry.counter("ledger.postings.waiting-for-account");
        this.refusedWhileWaiting = registry.counter("ledger.postings.refused-after-waiting");
    }

    /**
     * Posts the document, or parks it (as {@code event}, to be read again) while its customer has no account
     * or older documents still wait. Refuses a document in another currency than the customer's.
     */
    @Transactional(TxType.MANDATORY)
    public void receive(SalesDocument document, String event) {
        receiveAll(List.of(document), received -> event);
    }

    /**
     * {@link #receive} for several documents in their order, reading what they need of their customers once.
     * A refusal refuses the whole run (nothing of it stays once the transaction rolls back); the caller then
     * receives the documents one by one to learn which one was refused.
     */
    @Transactional(TxType.MANDATORY)
    public void receiveAll(List<SalesDocument> documents, Function<SalesDocument, String> eventOf) {
        Set<String> customers = documents.stream().map(SalesDocument::customer).collect(Collectors.toCollection(TreeSet::new));
        if (customers.isEmpty()) {
            return;
        }
        locks.lockAll(customers);
        PostingBooks books = booksFor(customers, documents, pending.anyWaitingAmong(customers));
        for (SalesDocument document : documents) {
            Optional<CustomerLedger> ledger = books.ledgerToPostTo(document.customer());
            if (ledger.isPresent()) {
                post(books, ledger.get(), document);
                continue;
            }
            books.waits(document.customer());
            pending.persist(PendingPosting.of(document, eventOf.apply(document), clock.instant()));
            parked.increment();
            LOG.infof("%s %s waits for an account of customer %s", document.kind(), document.number(), document.customer());
        }
    }

    /**
     * Posts what waited for the customer's account, in arrival order. One that is refused now stays parked
     * with the reason and the others go on: refusals happen before anything of the document is written.
     */
    @Transactional(TxType.MANDATORY)
    public void releaseWaiting(String customerCode, Function<String, SalesDocument> reader) {
        locks.lock(customerCode);
        List<PendingPosting> waiting = pending.waitingOf(customerCode);
        if (waiting.isEmpty() || ledgers.findByIdOptional(customerCode).isEmpty()) {
            return;
        }
        List<SalesDocument> documents = waiting.stream().map(PendingPosting::event).map(reader).toList();
        PostingBooks books = booksFor(Set.of(customerCode), documents, new HashSet<>());
        CustomerLedger ledger = books.ledgerToPostTo(customerCode).orElseThrow();
        for (int i = 0; i < waiting.size(); i++) {
            SalesDocument document = documents.get(i);
            try {
                post(books, ledger, document);
                pending.delete(waiting.get(i));
            } catch (ProblemException refused) {
                waiting.get(i).refuse(refused.getMessage());
                refusedWhileWaiting.increment();
                LOG.errorf("%s %s of customer %s waited for its account and was then refused: %s", document.kind(),
                        document.number(), customerCode, refused.getMessage());
            }
        }
    }

    /** {@code waiting}: the customers whose documents must wait behind older ones. */
    private PostingBooks booksFor(Set<String> customers, List<SalesDocument> documents, Set<String> waiting) {
        List<String> namingCustomers = new ArrayList<>();
        List<String> namedInvoices = new ArrayList<>();
        for (SalesDocument document : documents) {
            invoicesNamedBy(document).forEach(number -> {
                namingCustomers.add(document.customer());
                namedInvoices.add(number);
            });
        }
        return new PostingBooks(ledgers.ofCustomers(customers), accounts.ofCustomers(customers), waiting,
                namedInvoices.isEmpty() ? List.of() : items.invoicesNamed(namingCustomers, namedInvoices),
                items.dueAmountsOf(customers, LocalDate.now(clock)), LocalDate.now(clock));
    }

    /** The invoices a credit note or a payer's hints name: the posting may settle them. */
    private static Stream<String> invoicesNamedBy(SalesDocument document) {
        return Stream.concat(Stream.ofNullable(document.invoice()),
                document.allocations().stream().map(SalesDocument.AllocationHint::invoice).filter(Objects::nonNull));
    }

    private void post(PostingBooks books, CustomerLedger ledger, SalesDocument document) {
        if (!ledger.currency().equals(document.currency())) {
            throw new BusinessRuleViolation("currency-mismatch", document.kind() + " " + document.number() + " is in "
                    + document.currency() + " but customer " + ledger.customerCode() + " transacts in " + ledger.currency());
        }
        DebtorAccount account = books.postingAccount(ledger);
        String controlAccount = groups.findById(account.groupCode()).controlAccount();
        JournalEntry entry = PostingRules.draftFor(document, account, controlAccount).post(clock.instant());
        journal.post(entry);
        OpenedItem opened = openItems.openFor(document, entry, account, number -> books.invoice(document.customer(), number));
        books.opened(ledger.customerCode(), opened);
        balances.changedBy(ledger, document.number(), books.figuresOf(ledger));
        creditControl.evaluate(ledger);
    }
}
