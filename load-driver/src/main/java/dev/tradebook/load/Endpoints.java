package dev.tradebook.load;

/**
 * Where the stack answers: each service's base URL and Keycloak's token URL. The defaults are
 * {@code deploy/local/run}'s ports; the system tests' stack runs on the same ports shifted by 10000.
 */
record Endpoints(String customer, String ledger, String transaction, String gateway, String tokenUrl) {

    static Endpoints local(String host, int portShift) {
        return new Endpoints(url(host, 8081 + portShift), url(host, 8082 + portShift), url(host, 8083 + portShift),
                url(host, 8080 + portShift),
                url(host, 8180 + portShift) + "/realms/distribution/protocol/openid-connect/token");
    }

    private static String url(String host, int port) {
        return "http://" + host + ":" + port;
    }
}
