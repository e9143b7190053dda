package dev.tradebook.ledger;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradebook.platform.events.CloudEvent;

/** Sets the scene of an API test: a new customer and its sales documents, posted before the test goes on. */
@ApplicationScoped
public class Scenario {

    private final CustomerMaster customerMaster;
    private final SalesDesk salesDesk;
    private final Books books;

    public Scenario(CustomerMaster customerMaster, SalesDesk salesDesk, Books books) {
        this.customerMaster = customerMaster;
        this.salesDesk = salesDesk;
        this.books = books;
    }

    /** A customer with one DOM account in {@code currency}, and {@code documents(code)} published and posted. */
    public String customerWith(String prefix, String currency, Function<String, List<CloudEvent<?>>> documents) {
        String code = CustomerMaster.newCustomerCode(prefix);
        customerMaster.publish(customerMaster.created(code, currency, "DOM"));
        List<CloudEvent<?>> posted = documents.apply(code);
        posted.forEach(salesDesk::publish);
        await().atMost(Duration.ofSeconds(60)).until(() -> books.entriesOf(code) == posted.size());
        return code;
    }
}
