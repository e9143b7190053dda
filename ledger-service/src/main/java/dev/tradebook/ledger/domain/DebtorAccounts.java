package dev.tradebook.ledger.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The use cases of debtor accounts: one account per customer and debtor account group. */
@ApplicationScoped
public class DebtorAccounts {

    private static final Logger LOG = Logger.getLogger(DebtorAccounts.class);

    private final DebtorAccountRepository accounts;
    private final AccountGroupRepository groups;
    private final Clock clock;
    private final Counter unknownGroups;

    public DebtorAccounts(DebtorAccountRepository accounts, AccountGroupRepository groups, Clock clock,
            MeterRegistry registry) {
        this.accounts = accounts;
        this.groups = groups;
        this.clock = clock;
        this.unknownGroups = registry.counter("ledger.unknown-account-group");
    }

    /**
     * Opens the accounts the debtor lacks, in its currency, and returns them. Groups that already have an
     * account are skipped, so a customer later linked to more groups gets only the new ones, and applying
     * the same facts twice opens nothing. MANDATORY: the accounts must commit together with the record of
     * the event that caused them, or a redelivery could not tell that they exist.
     */
    @Transactional(TxType.MANDATORY)
    public List<DebtorAccount> openFor(Debtor debtor) {
        Set<String> held = accounts.groupCodesOf(debtor.code());
        Instant now = clock.instant();
        List<DebtorAccount> opened = new ArrayList<>();
        for (String groupCode : new LinkedHashSet<>(debtor.accountGroups())) {
            if (held.contains(groupCode)) {
                continue;
            }
            Optional<AccountGroup> group = groups.findByIdOptional(groupCode);
            if (group.isEmpty()) {
                // The customer master does not check group codes against the ledger yet: count it for an
                // operator, and open the account once the group exists and the customer changes again.
                unknownGroups.increment();
                LOG.warnf("Customer %s is linked to debtor account group %s, which the ledger does not know; no account opened",
                        debtor.code(), groupCode);
                continue;
            }
            DebtorAccount account = DebtorAccount.open(debtor, group.get(), now);
            accounts.persist(account);
            opened.add(account);
        }
        return opened;
    }

    public DebtorAccount get(UUID id) {
        return accounts.findByIdOptional(id).orElseThrow(() -> new ResourceNotFound("Account", id.toString()));
    }

    /** {@code customerCode} null lists every customer's accounts. */
    public DebtorAccountPage list(String customerCode, int page, int size) {
        return accounts.page(customerCode, page, size);
    }
}
