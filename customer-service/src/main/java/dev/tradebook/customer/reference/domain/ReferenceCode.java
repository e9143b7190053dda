package dev.tradebook.customer.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One entry of a code list (OD, BT, SR, PY, MOD, ST, AT) that customers refer to by its code. Never
 * deleted, since customers and their history keep the code: it is deactivated instead, and then no
 * longer offered for new choices.
 */
@Entity
@Table(name = "reference_code")
@IdClass(ReferenceCodeKey.class)
public class ReferenceCode {

    static final int DESCRIPTION_LENGTH = 80;
    static final int MAX_NET_DAYS = 365;

    @Id
    @Enumerated(EnumType.STRING)
    private CodeType type;

    @Id
    private String code;

    @Column(nullable = false)
    private String description;

    private boolean active;

    /** Payment terms only: days from the invoice date to its due date (0 = due at once). */
    @Column(name = "net_days")
    private Integer netDays;

    @Version
    private long version;

    protected ReferenceCode() {
    }

    static ReferenceCode define(CodeType type, String code, String description, boolean active, Integer netDays) {
        String text = Checks.strip(description);
        Checks checks = new Checks().code("code", code).text("description", text, DESCRIPTION_LENGTH);
        checkNetDays(type, netDays, checks);
        checks.orThrow();
        ReferenceCode entry = new ReferenceCode();
        entry.type = type;
        entry.code = code;
        entry.description = text;
        entry.active = active;
        entry.netDays = netDays;
        return entry;
    }

    void revise(String description, boolean active, Integer netDays) {
        String text = Checks.strip(description);
        Checks checks = new Checks().text("description", text, DESCRIPTION_LENGTH);
        checkNetDays(type, netDays, checks);
        checks.orThrow();
        this.description = text;
        this.active = active;
        this.netDays = netDays;
    }

    private static void checkNetDays(CodeType type, Integer netDays, Checks checks) {
        if (type.hasNetDays() && netDays == null) {
            checks.refuse("netDays", "is required for payment terms (PY): the days until an invoice is due");
        } else if (!type.hasNetDays() && netDays != null) {
            checks.refuse("netDays", "applies to payment terms (PY) only");
        } else if (netDays != null && (netDays < 0 || netDays > MAX_NET_DAYS)) {
            checks.refuse("netDays", "must be between 0 and " + MAX_NET_DAYS);
        }
    }

    public CodeType type() {
        return type;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public boolean active() {
        return active;
    }

    public Integer netDays() {
        return netDays;
    }

    public long version() {
        return version;
    }
}
