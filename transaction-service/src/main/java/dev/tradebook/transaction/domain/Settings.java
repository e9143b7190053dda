package dev.tradebook.transaction.domain;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.runtime.version.ExpectedVersions;

/** Reads and changes the company settings (the hold policy). */
@ApplicationScoped
public class Settings {

    private final EntityManager entityManager;
    private final Clock clock;

    public Settings(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public CompanySettings current() {
        return entityManager.find(CompanySettings.class, CompanySettings.ID);
    }

    /** 412 unless the settings are still at a version the caller read. */
    @Transactional
    public CompanySettings revise(HoldPolicy policy, ExpectedVersions expected) {
        CompanySettings settings = entityManager.find(CompanySettings.class, CompanySettings.ID,
                LockModeType.PESSIMISTIC_WRITE);
        expected.check("The settings", settings.version());
        settings.revise(policy, clock.instant());
        return settings;
    }
}
