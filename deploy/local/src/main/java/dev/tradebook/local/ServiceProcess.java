package dev.tradebook.local;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One of the four services, run from its Quarkus jar as its own process. */
public class ServiceProcess implements AutoCloseable {

    private final Service service;
    private final int port;
    private final Map<String, String> environment;
    private final ChildProcess process;
    private final StackLayout layout;

    public ServiceProcess(Service service, StackLayout layout, Ports ports, Database database, String kafka, String realmUrl) {
        this(service, layout, service.port(ports), service.module(), environment(service, ports, database, kafka, realmUrl));
    }

    private ServiceProcess(Service service, StackLayout layout, int port, String name, Map<String, String> environment) {
        this.service = service;
        this.port = port;
        this.layout = layout;
        this.environment = Map.copyOf(environment);
        this.process = new ChildProcess(name,
                List.of(JavaCommand.java(), "-Xmx512m", "-jar", layout.serviceJar(service.module()).toString()),
                this.environment, layout.home(), layout);
    }

    /**
     * One more process of this service on another port, with the same database, broker (same consumer group) and
     * realm: two instances behind a load balancer, e.g. for races between them. Its log is named after its port.
     */
    public ServiceProcess replica(int replicaPort) {
        Map<String, String> replicaEnvironment = new HashMap<>(environment);
        replicaEnvironment.put("QUARKUS_HTTP_PORT", Integer.toString(replicaPort));
        return new ServiceProcess(service, layout, replicaPort, service.module() + "-" + replicaPort, replicaEnvironment);
    }

    private static Map<String, String> environment(Service service, Ports ports, Database database, String kafka,
            String realmUrl) {
        Map<String, String> environment = new HashMap<>(Map.of("QUARKUS_HTTP_PORT", Integer.toString(service.port(ports)),
                "QUARKUS_DATASOURCE_JDBC_URL", database.url(service.database()),
                "QUARKUS_DATASOURCE_USERNAME", database.username(),
                "QUARKUS_DATASOURCE_PASSWORD", database.password(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "QUARKUS_OIDC_AUTH_SERVER_URL", realmUrl));
        if (service == Service.GATEWAY) {
            environment.putAll(servicesCalledByTheGateway(ports));
            environment.putAll(portalLoginsOf(realmUrl));
        }
        return environment;
    }

    /** The gateway provisions portal logins in the realm with its service account (deploy/keycloak/realm.json). */
    private static Map<String, String> portalLoginsOf(String realmUrl) {
        return Map.of("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL", realmUrl.substring(0, realmUrl.indexOf("/realms/")),
                "QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET", "portal-gateway-secret");
    }

    /** The gateway calls the other three over REST, on whatever ports this stack gave them. */
    private static Map<String, String> servicesCalledByTheGateway(Ports ports) {
        return Map.of("QUARKUS_REST_CLIENT_CUSTOMER_SERVICE_URL", "http://localhost:" + ports.customer(),
                "QUARKUS_REST_CLIENT_LEDGER_SERVICE_URL", "http://localhost:" + ports.ledger(),
                "QUARKUS_REST_CLIENT_TRANSACTION_SERVICE_URL", "http://localhost:" + ports.transaction());
    }

    public Service service() {
        return service;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public ChildProcess process() {
        return process;
    }

    public void start() {
        if (!Files.exists(layout.serviceJar(service.module()))) {
            throw new IllegalStateException(layout.serviceJar(service.module()) + " is missing: build first (./mvnw -DskipTests package)");
        }
        process.start();
    }

    public void awaitReady() {
        Readiness.awaitHttp(service.module(), url() + "/q/health/ready", body -> body.replace(" ", "").contains("\"status\":\"UP\""),
                Duration.ofMinutes(3), process);
    }

    /** {@code kill -9}: what a crash of the machine or the JVM looks like to everyone else. */
    public void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }
}
