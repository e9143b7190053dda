package dev.tradebook.customer.domain;

/**
 * A chunk of an import waited for the chunk ahead of it, which failed: it writes nothing, since the import's
 * figures must only ever count the rows before its last written chunk.
 */
public class EarlierChunkFailed extends RuntimeException {

    public EarlierChunkFailed(Throwable cause) {
        super("a chunk before this one failed: " + cause.getMessage(), cause);
    }
}
