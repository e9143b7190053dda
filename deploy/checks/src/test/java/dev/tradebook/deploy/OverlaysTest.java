package dev.tradebook.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What differs between the overlays, and the network rules both keep. */
class OverlaysTest {

    private static final Map<String, String> NAMESPACES = Map.of("dev", "tradebook-dev", "prod", "tradebook");

    @Test
    void everyObjectLivesInTheOverlaysNamespace() {
        NAMESPACES.forEach((overlay, namespace) -> assertThat(Kustomize.overlay(overlay).objects())
                .allSatisfy(object -> assertThat(object.path("metadata").path("namespace").asText())
                        .as("%s %s", object.path("kind").asText(), object.path("metadata").path("name").asText())
                        .isEqualTo(namespace)));
    }

    @Test
    void productionRunsEverythingRedundantly() {
        Manifests prod = Kustomize.overlay("prod");

        assertThat(prod.ofKind("HorizontalPodAutoscaler")).allSatisfy(hpa ->
                assertThat(hpa.path("spec").path("minReplicas").asInt()).isEqualTo(2));
        assertThat(prod.ofKind("Cluster")).allSatisfy(cluster ->
                assertThat(cluster.path("spec").path("instances").asInt()).isEqualTo(3));
        assertThat(prod.get("KafkaNodePool", "dual-role").path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(prod.ofKind("KafkaTopic")).allSatisfy(topic ->
                assertThat(topic.path("spec").path("replicas").asInt()).isEqualTo(3));
        assertThat(prod.ofKind("Deployment")).allSatisfy(deployment -> assertThat(
                deployment.path("spec").path("template").path("spec").path("containers").get(0).path("image").asText())
                .startsWith("registry.example.com/tradebook/"));
    }

    @Test
    void devRunsOneOfEverything() {
        Manifests dev = Kustomize.overlay("dev");

        assertThat(dev.ofKind("Deployment")).allSatisfy(deployment ->
                assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(1));
        assertThat(dev.ofKind("Cluster")).allSatisfy(cluster ->
                assertThat(cluster.path("spec").path("instances").asInt()).isEqualTo(1));
        assertThat(dev.ofKind("KafkaTopic")).allSatisfy(topic ->
                assertThat(topic.path("spec").path("replicas").asInt()).isEqualTo(1));
        assertThat(dev.ofKind("Kafka").get(0).path("spec").path("kafka").path("config")
                .path("min.insync.replicas").asInt()).isEqualTo(1);
    }

    @Test
    void noSecretIsCommitted() {
        Kustomize.OVERLAYS.forEach(overlay -> assertThat(Kustomize.overlay(overlay).ofKind("Secret")).as(overlay).isEmpty());
        Repository.services().forEach(service -> assertThat(ComposeFile.load().environment(service))
                .as("compose.yml takes %s's password from deploy/.env", service)
                .hasEntrySatisfying("QUARKUS_DATASOURCE_PASSWORD", password -> assertThat(password).startsWith("${")));
    }

    @Test
    void onlyTheGatewayAndTheIngressControllerReachAService() {
        Manifests prod = Kustomize.overlay("prod");
        for (String service : List.of("customer-service", "ledger-service", "transaction-service")) {
            JsonNode from = prod.get("NetworkPolicy", service).path("spec").path("ingress").get(0).path("from");

            assertThat(from.findValuesAsText("app.kubernetes.io/name")).containsExactly("portal-gateway");
            assertThat(from.findValuesAsText("kubernetes.io/metadata.name")).containsExactly("ingress-nginx");
        }
        JsonNode gateway = prod.get("NetworkPolicy", "portal-gateway").path("spec").path("ingress");
        assertThat(gateway.findValuesAsText("kubernetes.io/metadata.name")).containsExactly("ingress-nginx");
        assertThat(gateway.findValues("podSelector")).isEmpty();
    }

    @Test
    void theIngressRoutesToTheGatewayAndTheStaffApis() {
        JsonNode rules = Kustomize.overlay("prod").get("Ingress", "tradebook").path("spec").path("rules");

        assertThat(rules.findValues("service")).extracting(service -> service.path("name").asText())
                .containsOnly("portal-gateway", "customer-service", "ledger-service", "transaction-service");
        assertThat(rules.findValuesAsText("path")).as("health and metrics stay inside the cluster")
                .containsOnly("/", "/api/", "/q/openapi");
    }
}
