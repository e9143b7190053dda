package dev.tradebook.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The services are wired to what the operators create: their database's CloudNativePG cluster and its Secret,
 * Strimzi's bootstrap service and topics, the Keycloak operator's service. CloudNativePG and Keycloak objects have
 * no schema on Maven Central or npm, so these checks are all that stands for one.
 */
class OperatorObjectsTest {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/([a-z_]+)");
    private static final Pattern TOPIC = Pattern.compile("^mp\\.messaging\\.incoming\\.([a-z-]+)\\.topic=(.+)$", Pattern.MULTILINE);
    private static final Pattern DEAD_LETTERS =
            Pattern.compile("^mp\\.messaging\\.incoming\\.([a-z-]+)\\.failure-strategy=dead-letter-queue$", Pattern.MULTILINE);

    static List<String> overlays() {
        return Kustomize.OVERLAYS;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceUsesItsOwnDatabaseClusterAndItsSecret(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        Set<String> clusters = new TreeSet<>();
        for (String service : Repository.services()) {
            Matcher url = JDBC_URL.matcher(manifests.configValue(service, "QUARKUS_DATASOURCE_JDBC_URL"));
            assertThat(url.matches()).as("%s's JDBC URL names a CloudNativePG -rw service", service).isTrue();
            JsonNode initdb = manifests.get("Cluster", url.group(1)).path("spec").path("bootstrap").path("initdb");

            assertThat(initdb.path("database").asText()).isEqualTo(url.group(2));
            assertThat(manifests.container(service).path("env"))
                    .extracting(variable -> variable.path("name").asText() + " from " + secretKey(variable))
                    .contains("QUARKUS_DATASOURCE_USERNAME from " + url.group(1) + "-app/username",
                            "QUARKUS_DATASOURCE_PASSWORD from " + url.group(1) + "-app/password");
            clusters.add(url.group(1));
        }
        assertThat(clusters).as("no two services share a database").hasSize(Repository.services().size());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theGatewayHoldsTheClientSecretTheRealmImportGivesItsClient(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        JsonNode realmImport = manifests.get("KeycloakRealmImport", "distribution").path("spec");
        String client = manifests.configValue("portal-gateway", "QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_ID");
        String placeholder = realmImport.path("realm").path("clients").findParents("clientId").stream()
                .filter(candidate -> candidate.path("clientId").asText().equals(client))
                .map(candidate -> candidate.path("secret").asText().replaceAll("^\\$\\{|}$", ""))
                .findFirst().orElseThrow();
        JsonNode secret = realmImport.path("placeholders").path(placeholder).path("secret");

        assertThat(manifests.configValue("portal-gateway", "QUARKUS_KEYCLOAK_ADMIN_CLIENT_REALM"))
                .isEqualTo(realmImport.path("realm").path("realm").asText());
        assertThat(manifests.container("portal-gateway").path("env"))
                .extracting(variable -> variable.path("name").asText() + " from " + secretKey(variable))
                .contains("QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET from " + secret.path("name").asText() + "/"
                        + secret.path("key").asText());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceReachesKafkaThroughStrimzisBootstrapService(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        JsonNode kafka = manifests.ofKind("Kafka").get(0);
        JsonNode listener = kafka.path("spec").path("kafka").path("listeners").get(0);
        String bootstrap = kafka.path("metadata").path("name").asText() + "-kafka-bootstrap:" + listener.path("port").asInt();

        Repository.services().forEach(service ->
                assertThat(manifests.configValue(service, "KAFKA_BOOTSTRAP_SERVERS")).as(service).isEqualTo(bootstrap));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceTrustsTheRealmTheOperatorImports(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        String keycloak = manifests.ofKind("Keycloak").get(0).path("metadata").path("name").asText();
        String realm = manifests.ofKind("KeycloakRealmImport").get(0).path("spec").path("realm").path("realm").asText();

        Repository.services().forEach(service -> assertThat(manifests.configValue(service, "QUARKUS_OIDC_AUTH_SERVER_URL"))
                .as(service).isEqualTo("http://" + keycloak + "-service:8080/realms/" + realm));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyConsumedTopicAndItsDeadLetterTopicIsDeclared(String overlay) {
        Set<String> declared = new TreeSet<>();
        Kustomize.overlay(overlay).ofKind("KafkaTopic")
                .forEach(topic -> declared.add(topic.path("spec").path("topicName").asText()));
        Set<String> used = new TreeSet<>();
        for (String service : Repository.services()) {
            String properties = Repository.read(service + "/" + ServiceConfig.PROPERTIES);
            TOPIC.matcher(properties).results().forEach(topic -> used.add(topic.group(2).trim()));
            DEAD_LETTERS.matcher(properties).results().forEach(channel -> used.add("dead-letter-topic-" + channel.group(1)));
        }

        assertThat(used).contains("customer.events", "ledger.events", "sales.events");
        assertThat(declared).containsAll(used);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theEventTopicsHaveSixPartitions(String overlay) {
        Kustomize.overlay(overlay).ofKind("KafkaTopic").forEach(topic ->
                assertThat(topic.path("spec").path("partitions").asInt()).as(topic.path("spec").path("topicName").asText())
                        .isEqualTo(6));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyCloudNativePgAndKeycloakObjectsGoWithoutASchemaCheck(String overlay) {
        Set<String> unchecked = new TreeSet<>();
        Kustomize.overlay(overlay).objects().stream()
                .filter(object -> !KubernetesSchema.isCore(object) && !StrimziSchema.isStrimzi(object))
                .forEach(object -> unchecked.add(object.path("apiVersion").asText() + " " + object.path("kind").asText()));

        assertThat(unchecked).containsExactly("k8s.keycloak.org/v2alpha1 Keycloak",
                "k8s.keycloak.org/v2alpha1 KeycloakRealmImport", "postgresql.cnpg.io/v1 Cluster");
    }

    private static String secretKey(JsonNode variable) {
        JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
        return secret.path("name").asText() + "/" + secret.path("key").asText();
    }
}
