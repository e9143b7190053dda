package dev.tradebook.transaction.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CreditAcknowledgementRepository implements PanacheRepositoryBase<CreditAcknowledgement, Long> {

    public List<CreditAcknowledgement> of(DocumentType type, String number) {
        return list("documentType = ?1 and documentNumber = ?2 order by id", type, number);
    }
}
