package dev.tradebook.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every object both overlays render is valid against its schema: Kubernetes' own, or Strimzi's. */
class SchemaTest {

    static List<String> overlays() {
        return Kustomize.OVERLAYS;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyCoreObjectIsValid(String overlay) {
        List<JsonNode> core = Kustomize.overlay(overlay).objects().stream().filter(KubernetesSchema::isCore).toList();

        assertThat(core).extracting(object -> object.path("kind").asText())
                .contains("Deployment", "Service", "ConfigMap", "PodDisruptionBudget", "HorizontalPodAutoscaler",
                        "NetworkPolicy", "Ingress");
        assertThat(core).map(KubernetesSchema::problem).allSatisfy(problem -> assertThat(problem).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyStrimziObjectIsValid(String overlay) {
        List<JsonNode> strimzi = Kustomize.overlay(overlay).objects().stream().filter(StrimziSchema::isStrimzi).toList();

        assertThat(strimzi).extracting(object -> object.path("kind").asText())
                .contains("Kafka", "KafkaNodePool", "KafkaTopic");
        assertThat(strimzi).map(StrimziSchema::problem).allSatisfy(problem -> assertThat(problem).isEmpty());
    }

    @Test
    void aMisspelledDeploymentFieldIsRefused() {
        ObjectNode deployment = Kustomize.overlay("prod").get("Deployment", "ledger-service").deepCopy();
        ObjectNode container = (ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0);
        container.set("readinesProbe", container.remove("readinessProbe"));

        assertThat(KubernetesSchema.problem(deployment)).get().asString().contains("readinesProbe");
    }

    @Test
    void aServicePortWithoutItsNumberIsRefused() {
        ObjectNode service = Kustomize.overlay("prod").get("Service", "ledger-service").deepCopy();
        ((ObjectNode) service.path("spec").path("ports").get(0)).remove("port");

        assertThat(KubernetesSchema.problem(service)).get().asString().contains("port");
    }

    @Test
    void aTopicFieldStrimziDoesNotKnowIsRefused() {
        ObjectNode topic = Kustomize.overlay("prod").get("KafkaTopic", "sales-events").deepCopy();
        ((ObjectNode) topic.path("spec")).put("partition", 6);

        assertThat(StrimziSchema.problem(topic)).get().asString().contains("partition");
    }

    @Test
    void aStorageTypeStrimziDoesNotKnowIsRefused() {
        ObjectNode pool = Kustomize.overlay("prod").get("KafkaNodePool", "dual-role").deepCopy();
        ((ObjectNode) pool.path("spec").path("storage")).put("type", "disk");

        assertThat(StrimziSchema.problem(pool)).isNotEqualTo(Optional.empty());
    }
}
