package dev.tradebook.transaction.domain;

/** Where the reference numbers of a document type stand: the prefix, the number the next document gets. */
public record SequencePosition(DocumentType documentType, String prefix, long nextNumber, long version) {

    public String nextReference() {
        return DocumentSequence.format(prefix, nextNumber);
    }
}
