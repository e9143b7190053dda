package dev.tradebook.transaction.domain;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.tradebook.platform.runtime.problem.ResourceNotFound;

/** The use cases of the customers' credit accounts. */
@ApplicationScoped
public class CreditAccounts {

    private static final Logger LOG = Logger.getLogger(CreditAccounts.class);

    private final CreditAccountRepository accounts;
    private final Clock clock;

    public CreditAccounts(CreditAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Records the customer master's facts in this service's copy, opening the account on first sight.
     * The row lock serialises this with the documents that move the same customer's exposure.
     */
    @Transactional
    public void record(CustomerSnapshot customer) {
        Optional<CreditAccount> recorded = accounts.findByIdOptional(customer.code(), LockModeType.PESSIMISTIC_WRITE);
        if (recorded.isEmpty()) {
            accounts.persist(CreditAccount.open(customer, clock.instant()));
            return;
        }
        CreditAccount account = recorded.get();
        if (!account.applyProfile(customer, clock.instant())) {
            LOG.debugf("Ignored customer %s at version %s: the copy already has version %s",
                    customer.code(), customer.version(), account.customerVersion());
        }
    }

    public CreditPosition position(String customerCode) {
        return accounts.findByIdOptional(customerCode)
                .map(CreditAccount::position)
                .orElseThrow(() -> new ResourceNotFound("Customer", customerCode));
    }
}
