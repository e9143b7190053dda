package dev.tradebook.transaction;

import dev.tradebook.platform.testing.ServiceLayeringTest;

class LayeringTest extends ServiceLayeringTest {

    LayeringTest() {
        super("dev.tradebook.transaction");
    }
}
