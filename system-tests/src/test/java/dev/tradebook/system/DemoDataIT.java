package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.tradebook.local.DemoData;
import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import io.restassured.response.Response;

/** {@code deploy/local/run --demo} loads through the public APIs, and loading again creates nothing twice. */
class DemoDataIT {

    private final LocalStack stack = SystemStack.get();
    private final Staff viewer = new Staff(stack, "viewer");

    @Test
    void secondLoadCreatesNothing() {
        // The portal users' customers may be there already: the mixed load registers them when it runs first.
        long portalCustomersPresent = Stream.of("DEMOA", "DEMOB")
                .filter(code -> viewer.customer(code).statusCode() == 200).count();
        DemoData.Loaded first = new DemoData(stack).load(System.err::println);
        DemoData.Loaded second = new DemoData(stack).load(System.err::println);

        assertThat(first.customers()).isEqualTo(170 - portalCustomersPresent);
        assertThat(first.documents()).isBetween(250, 400);
        assertThat(second).isEqualTo(new DemoData.Loaded(0, 0));
        Response documents = viewer.get(Service.TRANSACTION, "/api/v1/customers/DEMO-004/transactions?kind=all");
        assertThat(documents.<Integer>path("total")).isEqualTo(3);
    }
}
