package dev.tradebook.load;

import java.util.List;

/**
 * What the document operations share: the calls, where the stack answers, the run's customers (taken in turn by
 * request number), the documents waiting for their next step and the acknowledged writes.
 */
record Workload(Calls calls, Endpoints endpoints, List<String> customers, Backlog backlog, Acknowledged acknowledged) {

    Workload {
        customers = List.copyOf(customers);
    }

    String customer(long n) {
        return customers.get((int) (n % customers.size()));
    }
}
