package dev.tradebook.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ports and health paths of the manifests are the ones each service's configuration serves. */
class ServicePortsAndProbesTest {

    static List<Arguments> servicesInOverlays() {
        List<Arguments> cases = new ArrayList<>();
        for (String overlay : Kustomize.OVERLAYS) {
            Repository.services().forEach(service -> cases.add(Arguments.of(overlay, service)));
        }
        return cases;
    }

    static List<String> services() {
        return Repository.services();
    }

    @ParameterizedTest
    @MethodSource("servicesInOverlays")
    void theContainerListensOnTheConfiguredPort(String overlay, String service) {
        Manifests manifests = Kustomize.overlay(overlay);
        int port = ServiceConfig.of(service).port();

        assertThat(manifests.container(service).path("ports").get(0).path("containerPort").asInt()).isEqualTo(port);
        assertThat(manifests.container(service).path("ports").get(0).path("name").asText()).isEqualTo("http");
        assertThat(manifests.configValue(service, "QUARKUS_HTTP_PORT")).isEqualTo(String.valueOf(port));
    }

    @ParameterizedTest
    @MethodSource("servicesInOverlays")
    void theServiceForwardsItsPortToTheContainer(String overlay, String service) {
        JsonNode port = Kustomize.overlay(overlay).get("Service", service).path("spec").path("ports").get(0);

        assertThat(port.path("port").asInt()).isEqualTo(ServiceConfig.of(service).port());
        assertThat(port.path("targetPort").asText()).isEqualTo("http");
    }

    @ParameterizedTest
    @MethodSource("servicesInOverlays")
    void theProbesCallTheHealthGroups(String overlay, String service) {
        JsonNode container = Kustomize.overlay(overlay).container(service);
        Map<String, String> paths = ServiceConfig.of(service).healthPaths();

        assertProbe(container.path("startupProbe"), paths.get("started"));
        assertProbe(container.path("livenessProbe"), paths.get("live"));
        assertProbe(container.path("readinessProbe"), paths.get("ready"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void composeRunsTheServiceOnItsConfiguredPort(String service) {
        int port = ServiceConfig.of(service).port();
        ComposeFile compose = ComposeFile.load();

        assertThat(compose.environment(service).get("QUARKUS_HTTP_PORT")).isEqualTo(String.valueOf(port));
        assertThat(compose.ports(service)).containsExactly(port + ":" + port);
    }

    @Test
    void theGatewayMayCallEachServiceOnItsPort() {
        JsonNode policy = Kustomize.overlay("prod").get("NetworkPolicy", "portal-gateway");
        List<Integer> allowed = new ArrayList<>();
        policy.path("spec").path("egress").forEach(rule -> rule.path("ports")
                .forEach(port -> allowed.add(port.path("port").asInt())));

        Repository.services().stream()
                .filter(service -> !service.equals("portal-gateway"))
                .forEach(service -> assertThat(allowed).as("gateway → %s", service)
                        .contains(ServiceConfig.of(service).port()));
    }

    @ParameterizedTest
    @MethodSource("services")
    void theGatewayCallsEachServiceAtItsKubernetesService(String service) {
        if (service.equals("portal-gateway")) {
            return;
        }
        String variable = "QUARKUS_REST_CLIENT_" + ServiceConfig.environmentName(service) + "_URL";
        URI url = URI.create(Kustomize.overlay("prod").configValue("portal-gateway", variable));
        JsonNode kubernetesService = Kustomize.overlay("prod").get("Service", url.getHost());

        assertThat(kubernetesService.path("spec").path("ports").findValuesAsText("port"))
                .contains(String.valueOf(url.getPort()));
        assertThat(kubernetesService.path("spec").path("selector").path("app.kubernetes.io/name").asText()).isEqualTo(service);
    }

    @Test
    void theGatewayMayCallKeycloaksAdminApi() {
        Manifests prod = Kustomize.overlay("prod");
        URI adminApi = URI.create(prod.configValue("portal-gateway", "QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL"));
        List<String> keycloakPorts = new ArrayList<>();
        prod.get("NetworkPolicy", "portal-gateway").path("spec").path("egress").forEach(rule -> {
            if (rule.path("to").findValuesAsText("app").contains("keycloak")) {
                keycloakPorts.addAll(rule.path("ports").findValuesAsText("port"));
            }
        });

        assertThat(adminApi.getHost()).isEqualTo("keycloak-service");
        assertThat(keycloakPorts).contains(String.valueOf(adminApi.getPort()));
    }

    @Test
    void theHealthPathsFollowAMovedHealthRoot() {
        ServiceConfig config = ServiceConfig.of("customer-service", """
                quarkus.http.port=9000
                quarkus.http.non-application-root-path=/management
                quarkus.smallrye-health.root-path=status
                """);

        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.healthPaths()).containsExactly(
                Map.entry("live", "/management/status/live"),
                Map.entry("ready", "/management/status/ready"),
                Map.entry("started", "/management/status/started"));
    }

    private static void assertProbe(JsonNode probe, String path) {
        assertThat(probe.path("httpGet").path("path").asText()).isEqualTo(path);
        assertThat(probe.path("httpGet").path("port").asText()).isEqualTo("http");
    }
}
