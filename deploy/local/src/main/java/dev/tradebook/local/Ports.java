package dev.tradebook.local;

/**
 * The ports of one stack. The default set is the one README and API.md name; system tests shift
 * every port by an offset so that they can run beside a developer's stack.
 */
public record Ports(int gateway, int customer, int ledger, int transaction, int postgres, int kafka, int kafkaController,
        int keycloak) {

    public static final Ports DEFAULT = new Ports(8080, 8081, 8082, 8083, 5432, 9092, 9093, 8180);

    public Ports shiftedBy(int offset) {
        return new Ports(gateway + offset, customer + offset, ledger + offset, transaction + offset, postgres + offset,
                kafka + offset, kafkaController + offset, keycloak + offset);
    }
}
