package dev.tradebook.ledger.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class JournalEntryRepository implements PanacheRepositoryBase<JournalEntry, UUID> {
}
