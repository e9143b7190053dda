package dev.tradebook.customer.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A note on a customer: what someone wants the others to know. Written once; a correction is another note. */
@Entity
@Immutable
@Table(name = "customer_note")
public class CustomerNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_code", nullable = false)
    private String customerCode;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CustomerNote() {
    }

    CustomerNote(String customerCode, String text, String author, Instant createdAt) {
        this.customerCode = customerCode;
        this.text = text;
        this.author = author;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public String customerCode() {
        return customerCode;
    }

    public String text() {
        return text;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
