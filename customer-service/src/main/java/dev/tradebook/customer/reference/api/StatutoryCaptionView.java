package dev.tradebook.customer.reference.api;

import dev.tradebook.customer.reference.domain.StatutoryCaption;

/** A statutory caption as the API shows it. */
public record StatutoryCaptionView(String code, String label, boolean mandatory, boolean active, long version) {

    static StatutoryCaptionView of(StatutoryCaption caption) {
        return new StatutoryCaptionView(caption.code(), caption.label(), caption.mandatory(), caption.active(),
                caption.version());
    }
}
