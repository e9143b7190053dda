package dev.tradebook.local;

/** The four services: module directory, database and where each listens. */
public enum Service {

    CUSTOMER("customer-service", "customer"),
    LEDGER("ledger-service", "ledger"),
    TRANSACTION("transaction-service", "transaction"),
    GATEWAY("portal-gateway", "gateway");

    private final String module;
    private final String database;

    Service(String module, String database) {
        this.module = module;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public String database() {
        return database;
    }

    public int port(Ports ports) {
        return switch (this) {
            case CUSTOMER -> ports.customer();
            case LEDGER -> ports.ledger();
            case TRANSACTION -> ports.transaction();
            case GATEWAY -> ports.gateway();
        };
    }
}
