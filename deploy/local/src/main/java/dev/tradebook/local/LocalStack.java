package dev.tradebook.local;


import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole system on one machine: PostgreSQL, a Kafka broker, Keycloak and the four services, each
 * its own process. {@code deploy/local/run} uses it from the command line, the system tests as a library.
 */
public final class LocalStack implements AutoCloseable {

    private final StackLayout layout;
    private final Ports ports;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private PostgresServer postgres;
    private KafkaServer kafka;
    private KeycloakServer keycloak;

    private LocalStack(StackLayout layout, Ports ports) {
        this.layout = layout;
        this.ports = ports;
    }

    /** Starts everything and returns once every service answers ready; on failure stops what it started. */
    public static LocalStack start(StackLayout layout, Ports ports, Optional<Database> externalDatabase, Progress progress) {
        LocalStack stack = new LocalStack(layout, ports);
        try {
            stack.startAll(externalDatabase, progress);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(Optional<Database> externalDatabase, Progress progress) {
        progress.step("PostgreSQL");
        postgres = externalDatabase.map(PostgresServer::external)
                .orElseGet(() -> PostgresServer.embedded(layout, ports.postgres()));
        started.add(postgres);
        progress.step("Kafka");
        kafka = new KafkaServer(layout, ports, 6);
        started.add(kafka);
        kafka.start();
        progress.step("Keycloak");
        keycloak = new KeycloakServer(layout, ports);
        started.add(keycloak);
        keycloak.start();
        for (Service service : Service.values()) {
            progress.step(service.module());
            ServiceProcess process = new ServiceProcess(service, layout, ports, postgres.database(), kafka.bootstrapServers(),
                    keycloak.realmUrl());
            services.put(service, process);
            started.add(process);
            process.start();
        }
        services.values().forEach(ServiceProcess::awaitReady);
    }

    public ServiceProcess service(Service service) {
        return services.get(service);
    }

    public KafkaServer kafka() {
        return kafka;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public Ports ports() {
        return ports;
    }

    public StackLayout layout() {
        return layout;
    }

    /** Stops in the reverse order of start: services first, so that nothing they send is lost. */
    @Override
    public void close() {
        List<AutoCloseable> reverse = new ArrayList<>(started);
        Collections.reverse(reverse);
        for (AutoCloseable component : reverse) {
            try {
                component.close();
            } catch (Exception e) {
                System.err.println("could not stop " + component + ": " + e.getMessage());
            }
        }
        started.clear();
    }

    /** Reports which component is starting; the command line prints it, tests log it. */
    @FunctionalInterface
    public interface Progress {
        void step(String component);
    }

}
