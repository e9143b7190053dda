package dev.tradebook.customer.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Why a row of an import failed: one field of it, or the whole row when field is null. */
@Entity
@Table(name = "customer_import_error")
public class ImportError {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "import_id", nullable = false)
    private UUID importId;

    @Column(nullable = false)
    private long line;

    private String field;

    @Column(nullable = false)
    private String message;

    protected ImportError() {
    }

    ImportError(UUID importId, long line, String field, String message) {
        this.importId = importId;
        this.line = line;
        this.field = field;
        this.message = message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String message() {
        return message;
    }
}
