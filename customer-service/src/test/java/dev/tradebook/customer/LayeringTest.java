package dev.tradebook.customer;

import dev.tradebook.platform.testing.ServiceLayeringTest;

class LayeringTest extends ServiceLayeringTest {

    LayeringTest() {
        super("dev.tradebook.customer");
    }
}
