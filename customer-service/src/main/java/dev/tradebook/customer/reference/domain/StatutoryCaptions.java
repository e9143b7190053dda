package dev.tradebook.customer.reference.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.runtime.persistence.UniqueInsert;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.problem.StateConflict;
import dev.tradebook.platform.runtime.version.ExpectedVersions;

/** The use cases of statutory captions: list, read, define and revise (never delete) a caption. */
@ApplicationScoped
public class StatutoryCaptions {

    private final StatutoryCaptionRepository captions;

    public StatutoryCaptions(StatutoryCaptionRepository captions) {
        this.captions = captions;
    }

    public ResultPage<StatutoryCaption> list(Boolean active, int page, int size) {
        return captions.page(active, page, size);
    }

    public StatutoryCaption get(String code) {
        return captions.findByIdOptional(code).orElseThrow(() -> new ResourceNotFound("Statutory caption", code));
    }

    @Transactional
    public StatutoryCaption define(String code, String label, boolean mandatory, boolean active) {
        StatutoryCaption caption = StatutoryCaption.define(code, label, mandatory, active);
        if (captions.findByIdOptional(code).isPresent()) {
            throw taken(code);
        }
        return UniqueInsert.persist(captions.getEntityManager(), caption, () -> taken(code));
    }

    @Transactional
    public StatutoryCaption revise(String code, ExpectedVersions precondition, String label, boolean mandatory,
            boolean active) {
        StatutoryCaption caption = get(code);
        precondition.check("Statutory caption " + code, caption.version());
        caption.revise(label, mandatory, active);
        captions.flush();
        return caption;
    }

    private static StateConflict taken(String code) {
        return new StateConflict("statutory-caption-taken", "Statutory caption " + code + " already exists");
    }
}
