package dev.tradebook.customer.reference.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.runtime.persistence.UniqueInsert;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.problem.StateConflict;
import dev.tradebook.platform.runtime.version.ExpectedVersions;

/** The use cases of the code lists: list, read, define and revise a code (never delete one). */
@ApplicationScoped
public class ReferenceCodes {

    private final ReferenceCodeRepository codes;

    public ReferenceCodes(ReferenceCodeRepository codes) {
        this.codes = codes;
    }

    public ResultPage<ReferenceCode> list(CodeType type, Boolean active, int page, int size) {
        return codes.page(type, active, page, size);
    }

    public ReferenceCode get(CodeType type, String code) {
        return codes.findByIdOptional(new ReferenceCodeKey(type, code))
                .orElseThrow(() -> new ResourceNotFound("Code " + type, code));
    }

    @Transactional
    public ReferenceCode define(CodeType type, String code, String description, boolean active, Integer netDays) {
        ReferenceCode entry = ReferenceCode.define(type, code, description, active, netDays);
        if (codes.findByIdOptional(new ReferenceCodeKey(type, code)).isPresent()) {
            throw taken(type, code);
        }
        return UniqueInsert.persist(codes.getEntityManager(), entry, () -> taken(type, code));
    }

    @Transactional
    public ReferenceCode revise(CodeType type, String code, ExpectedVersions precondition, String description,
            boolean active, Integer netDays) {
        ReferenceCode entry = get(type, code);
        precondition.check("Code " + type + " " + code, entry.version());
        entry.revise(description, active, netDays);
        codes.flush();
        return entry;
    }

    private static StateConflict taken(CodeType type, String code) {
        return new StateConflict("reference-code-taken", "Code " + type + " " + code + " already exists");
    }
}
