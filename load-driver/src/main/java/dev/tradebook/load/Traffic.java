package dev.tradebook.load;

import io.vertx.core.Future;

/** What a run sends: its n-th request, named by the operation it belongs to. Called on the event loop only. */
interface Traffic {

    /** The operation the n-th request belongs to, e.g. {@code order}: latencies are kept per operation. */
    String operation(long n);

    /** Sends the n-th request (and any retries of it); completes with whether it was answered as expected. */
    Future<Boolean> send(long n);
}
