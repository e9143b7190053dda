package dev.tradebook.ledger.api;

import java.util.UUID;

import dev.tradebook.platform.runtime.problem.ResourceNotFound;

/** Path ids that are UUIDs. */
final class Identifiers {

    private Identifiers() {
    }

    /** An id that is not a UUID names nothing: the same 404 as an unknown one, not a conversion failure. */
    static UUID uuid(String what, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResourceNotFound(what, id);
        }
    }

    static boolean isUuid(String id) {
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
