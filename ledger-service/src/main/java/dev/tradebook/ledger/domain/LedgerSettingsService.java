package dev.tradebook.ledger.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.runtime.problem.ProblemException;

/** Reads and changes the company's ledger settings; a change names the version it revises, when it knows it. */
@ApplicationScoped
public class LedgerSettingsService {

    private final EntityManager entityManager;

    public LedgerSettingsService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public LedgerSettings current() {
        return entityManager.find(LedgerSettings.class, LedgerSettings.THE_COMPANY);
    }

    /** {@code expectedVersion} null changes whatever version is current. */
    @Transactional
    public LedgerSettings change(Integer expectedVersion, boolean autoAllocatePayments) {
        LedgerSettings settings = forChange(expectedVersion);
        if (settings.autoAllocatePayments() != autoAllocatePayments) {
            settings.allocatePaymentsAutomatically(autoAllocatePayments);
            entityManager.flush();
        }
        return settings;
    }

    /** Changes the credit-control policy; the caller then evaluates every customer under it. */
    @Transactional
    public LedgerSettings change(Integer expectedVersion, CreditControlPolicy policy) {
        LedgerSettings settings = forChange(expectedVersion);
        if (!settings.creditControl().equals(policy)) {
            settings.controlCredit(policy);
            entityManager.flush();
        }
        return settings;
    }

    private LedgerSettings forChange(Integer expectedVersion) {
        LedgerSettings settings = entityManager.find(LedgerSettings.class, LedgerSettings.THE_COMPANY,
                LockModeType.PESSIMISTIC_WRITE);
        if (expectedVersion != null && expectedVersion != settings.version()) {
            throw new SettingsVersionMismatch(expectedVersion, settings.version());
        }
        return settings;
    }

    /** 412: the settings changed since the caller read them. */
    static class SettingsVersionMismatch extends ProblemException {

        SettingsVersionMismatch(int expected, int current) {
            super(412, "version-mismatch", "Precondition failed", "The settings are at version " + current
                    + ", not " + expected + "; read them again", List.of());
        }
    }
}
