package dev.tradebook.transaction.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.transaction.domain.SequencePosition;

public record SequenceView(
        String documentType,
        String prefix,
        long nextNumber,
        @Schema(description = "the reference the next document of this type gets, e.g. SO000123") String nextReference) {

    static SequenceView of(SequencePosition sequence) {
        return new SequenceView(sequence.documentType().name(), sequence.prefix(), sequence.nextNumber(),
                sequence.nextReference());
    }
}
