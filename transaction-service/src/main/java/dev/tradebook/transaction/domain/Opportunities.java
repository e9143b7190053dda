package dev.tradebook.transaction.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Sales opportunities of active customers: opened, then won or lost. */
@ApplicationScoped
public class Opportunities {

    private final CreditAccounts creditAccounts;
    private final NewDocuments documents;
    private final EntityManager entityManager;

    public Opportunities(CreditAccounts creditAccounts, NewDocuments documents, EntityManager entityManager) {
        this.creditAccounts = creditAccounts;
        this.documents = documents;
        this.entityManager = entityManager;
    }

    @Transactional
    public Opportunity open(String customer, String title, BigDecimal expectedValue, LocalDate expectedCloseDate,
            String user) {
        CreditAccount account = creditAccounts.lockForDocument(customer);
        Opportunity opportunity = new Opportunity(documents.number(DocumentType.OPPORTUNITY), account, title,
                Amounts.positive(expectedValue, account.currency(), "expectedValue"), expectedCloseDate, user,
                documents.now());
        entityManager.persist(opportunity);
        return opportunity;
    }

    @Transactional
    public Opportunity win(String number) {
        Opportunity opportunity = find(number);
        opportunity.win();
        return opportunity;
    }

    @Transactional
    public Opportunity lose(String number, String reason) {
        Opportunity opportunity = find(number);
        opportunity.lose(reason);
        return opportunity;
    }

    public Opportunity find(String number) {
        return documents.find(Opportunity.class, "Opportunity", number);
    }
}
