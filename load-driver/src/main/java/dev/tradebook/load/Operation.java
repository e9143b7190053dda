package dev.tradebook.load;

import io.vertx.core.Future;

/** One kind of request of the mixed traffic; runs on the event loop. */
interface Operation {

    /** Sends the n-th request of the run; completes with whether it was answered as a working system answers. */
    Future<Boolean> run(long n);
}
