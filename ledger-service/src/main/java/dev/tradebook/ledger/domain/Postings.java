package dev.tradebook.ledger.domain;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

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
    private final AccountGroupRepository groups;
    private final Journal journal;
    private final OpenItems openItems;
    private final Balances balances;
    private final CreditControl creditControl;
    private final Clock clock;
    private final Counter parked;
    private final Counter refusedWhileWaiting;

    public Postings(CustomerLocks locks, CustomerLedgerRepository ledgers, PendingPostingRepository pending,
            DebtorAccountRepository accounts, AccountGroupRepository groups, Journal journal, OpenItems openItems,
            Balances balances, CreditControl creditControl, Clock clock, MeterRegistry registry) {
        this.locks = locks;
        this.ledgers = ledgers;
        this.pending = pending;
        this.accounts = accounts;
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
        locks.lock(document.customer());
        Optional<CustomerLedger> ledger = ledgers.findByIdOptional(document.customer());
        if (ledger.isEmpty() || pending.anyWaiting(document.customer())) {
            pending.persist(PendingPosting.of(document, event, clock.instant()));
            parked.increment();
            LOG.infof("%s %s waits for an account of customer %s", document.kind(), document.number(), document.customer());
            return;
        }
        post(ledger.get(), document);
    }

    /**
     * Posts what waited for the customer's account, in arrival order. One that is refused now stays parked
     * with the reason and the others go on: refusals happen before anything of the document is written.
     */
    @Transactional(TxType.MANDATORY)
    public void releaseWaiting(String customerCode, Function<String, SalesDocument> reader) {
        locks.lock(customerCode);
        Optional<CustomerLedger> ledger = ledgers.findByIdOptional(customerCode);
        if (ledger.isEmpty()) {
            return;
        }
        for (PendingPosting waiting : pending.waitingOf(customerCode)) {
            SalesDocument document = reader.apply(waiting.event());
            try {
                post(ledger.get(), document);
                pending.delete(waiting);
            } catch (ProblemException refused) {
                waiting.refuse(refused.getMessage());
                refusedWhileWaiting.increment();
                LOG.errorf("%s %s of customer %s waited for its account and was then refused: %s", document.kind(),
                        document.number(), customerCode, refused.getMessage());
            }
        }
    }

    private void post(CustomerLedger ledger, SalesDocument document) {
        if (!ledger.currency().equals(document.currency())) {
            throw new BusinessRuleViolation("currency-mismatch", document.kind() + " " + document.number() + " is in "
                    + document.currency() + " but customer " + ledger.customerCode() + " transacts in " + ledger.currency());
        }
        DebtorAccount account = accounts.findById(ledger.postingAccountId());
        String controlAccount = groups.findById(account.groupCode()).controlAccount();
        JournalEntry entry = PostingRules.draftFor(document, account, controlAccount).post(clock.instant());
        journal.post(entry);
        openItems.openFor(document, entry, account);
        balances.changedBy(ledger, document.number());
        creditControl.evaluate(ledger);
    }
}
