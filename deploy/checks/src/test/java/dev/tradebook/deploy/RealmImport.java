package dev.tradebook.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;

/**
 * Turns deploy/keycloak/realm.json, the realm of the local stack and of Compose, into the Keycloak operator's
 * KeycloakRealmImport. Kubernetes gets the realm without its people (they are demo users with their names as
 * passwords; the dev overlay adds them back) and with each client secret taken from a Secret instead of the file.
 */
final class RealmImport {

    static final String IMPORT = "deploy/k8s/base/keycloak/realm-import.yaml";
    static final String DEMO_USERS = "deploy/k8s/overlays/dev/realm-demo-users.yaml";
    static final String REALM = "deploy/keycloak/realm.json";

    private static final String HEADER = "# Generated from " + REALM + " by deploy/checks (RealmImport); do not edit.\n"
            + "# Regenerate: ./mvnw -pl deploy/checks test -Dtest=RealmImportTest -Ddeploy.regenerate=true\n";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RealmImport() {
    }

    /** The KeycloakRealmImport of the base. */
    static String realmImport(String realmJson) {
        ObjectNode realm = (ObjectNode) read(realmJson);
        ObjectNode placeholders = NODES.objectNode();
        for (JsonNode client : realm.path("clients")) {
            if (client.has("secret")) {
                String placeholder = client.path("clientId").asText().toUpperCase().replace('-', '_') + "_CLIENT_SECRET";
                ((ObjectNode) client).put("secret", "${" + placeholder + "}");
                placeholders.putObject(placeholder).putObject("secret")
                        .put("name", "keycloak-" + client.path("clientId").asText() + "-client")
                        .put("key", "secret");
            }
        }
        ArrayNode serviceAccounts = NODES.arrayNode();
        realm.path("users").forEach(user -> {
            if (user.has("serviceAccountClientId")) {
                serviceAccounts.add(user);
            }
        });
        realm.set("users", serviceAccounts);

        ObjectNode resource = NODES.objectNode()
                .put("apiVersion", "k8s.keycloak.org/v2alpha1")
                .put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", realm.path("realm").asText());
        ObjectNode spec = resource.putObject("spec").put("keycloakCRName", "keycloak");
        spec.set("placeholders", placeholders);
        spec.set("realm", realm);
        return HEADER + yaml(resource);
    }

    /** The dev overlay's JSON patch that adds the realm's people (the demo users) to the import. */
    static String demoUsers(String realmJson) {
        ArrayNode patch = NODES.arrayNode();
        read(realmJson).path("users").forEach(user -> {
            if (!user.has("serviceAccountClientId")) {
                patch.addObject().put("op", "add").put("path", "/spec/realm/users/-").set("value", user);
            }
        });
        return HEADER + yaml(patch);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String yaml(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
