package dev.tradebook.local;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One of the four services, run from its Quarkus jar as its own process. */
public class ServiceProcess implements AutoCloseable {

    private final Service service;
    private final Ports ports;
    private final ChildProcess process;
    private final StackLayout layout;

    public ServiceProcess(Service service, StackLayout layout, Ports ports, Database database, String kafka, String realmUrl) {
        this.service = service;
        this.ports = ports;
        this.layout = layout;
        this.process = new ChildProcess(service.module(),
                List.of(JavaCommand.java(), "-Xmx512m", "-jar", layout.serviceJar(service.module()).toString()),
                Map.of("QUARKUS_HTTP_PORT", Integer.toString(service.port(ports)),
                        "QUARKUS_DATASOURCE_JDBC_URL", database.url(service.database()),
                        "QUARKUS_DATASOURCE_USERNAME", database.username(),
                        "QUARKUS_DATASOURCE_PASSWORD", database.password(),
                        "KAFKA_BOOTSTRAP_SERVERS", kafka,
                        "QUARKUS_OIDC_AUTH_SERVER_URL", realmUrl),
                layout.home(), layout);
    }

    public Service service() {
        return service;
    }

    public String url() {
        return "http://localhost:" + service.port(ports);
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
