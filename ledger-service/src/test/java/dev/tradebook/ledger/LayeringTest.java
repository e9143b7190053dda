package dev.tradebook.ledger;

import dev.tradebook.platform.testing.ServiceLayeringTest;

class LayeringTest extends ServiceLayeringTest {

    LayeringTest() {
        super("dev.tradebook.ledger");
    }
}
