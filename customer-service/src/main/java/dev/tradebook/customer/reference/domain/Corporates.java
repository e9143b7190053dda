package dev.tradebook.customer.reference.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.runtime.persistence.UniqueInsert;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.problem.StateConflict;
import dev.tradebook.platform.runtime.version.ExpectedVersions;

/** The use cases of the corporate master: list, read, register and revise (never delete). */
@ApplicationScoped
public class Corporates {

    private final CorporateRepository corporates;

    public Corporates(CorporateRepository corporates) {
        this.corporates = corporates;
    }

    public ResultPage<Corporate> list(Boolean active, int page, int size) {
        return corporates.page(active, page, size);
    }

    public Corporate get(String code) {
        return corporates.findByIdOptional(code).orElseThrow(() -> new ResourceNotFound("Corporate", code));
    }

    @Transactional
    public Corporate register(String code, String name, boolean active) {
        Corporate corporate = Corporate.register(code, name, active);
        if (corporates.findByIdOptional(code).isPresent()) {
            throw taken(code);
        }
        return UniqueInsert.persist(corporates.getEntityManager(), corporate, () -> taken(code));
    }

    @Transactional
    public Corporate revise(String code, ExpectedVersions precondition, String name, boolean active) {
        Corporate corporate = get(code);
        precondition.check("Corporate " + code, corporate.version());
        corporate.revise(name, active);
        corporates.flush();
        return corporate;
    }

    private static StateConflict taken(String code) {
        return new StateConflict("corporate-code-taken", "Corporate " + code + " already exists");
    }
}
