package dev.tradebook.customer.domain;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One class (a CL code) a customer is in; a customer is in any number of them. */
@Entity
@IdClass(CustomerClassification.Key.class)
@Table(name = "customer_classification")
public class CustomerClassification {

    @Id
    @Column(name = "customer_code")
    private String customerCode;

    @Id
    private String classification;

    protected CustomerClassification() {
    }

    CustomerClassification(String customerCode, String classification) {
        this.customerCode = customerCode;
        this.classification = classification;
    }

    public String classification() {
        return classification;
    }

    public record Key(String customerCode, String classification) implements Serializable {
    }
}
