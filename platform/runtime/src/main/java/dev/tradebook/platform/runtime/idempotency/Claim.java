package dev.tradebook.platform.runtime.idempotency;

import java.util.UUID;

/** What the store decided for a request carrying an Idempotency-Key. */
public sealed interface Claim {

    /** The key is this request's: run it and store its response under this token. */
    record Granted(UUID token) implements Claim {
    }

    /** The key was used with the same body and completed: answer with the stored response. */
    record Replay(StoredResponse response) implements Claim {
    }

    /** The key was used with another body. */
    record Mismatch() implements Claim {
    }

    /** The key's first request is still running. */
    record InProgress() implements Claim {
    }
}
