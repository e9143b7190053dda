package dev.tradebook.transaction.domain;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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

    @Transactional
    public CompanySettings revise(HoldPolicy policy) {
        CompanySettings settings = current();
        settings.revise(policy, clock.instant());
        return settings;
    }
}
