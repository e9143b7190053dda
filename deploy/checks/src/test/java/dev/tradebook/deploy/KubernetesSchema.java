package dev.tradebook.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonParser;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a core Kubernetes object offline with the model of the official Java client, generated from the
 * Kubernetes OpenAPI schema: every field must be one the schema defines, of its type, and the required ones present.
 */
final class KubernetesSchema {

    /** The API groups of Kubernetes itself; other groups belong to operators' custom resources. */
    private static final Set<String> CORE_GROUPS = Set.of("", "apps", "batch", "policy", "autoscaling",
            "networking.k8s.io", "rbac.authorization.k8s.io", "storage.k8s.io", "coordination.k8s.io");
    private static final String MODELS = "io.kubernetes.client.openapi.models.";

    private KubernetesSchema() {
    }

    static boolean isCore(JsonNode object) {
        return CORE_GROUPS.contains(group(object.path("apiVersion").asText()));
    }

    /** Nothing when the object is valid, else what is wrong with it. */
    static Optional<String> problem(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        Class<?> model;
        try {
            model = Class.forName(MODELS + capitalized(version(apiVersion)) + kind);
        } catch (ClassNotFoundException e) {
            return Optional.of("no Kubernetes schema for " + apiVersion + " " + kind);
        }
        try {
            model.getMethod("validateJsonElement", com.google.gson.JsonElement.class)
                    .invoke(null, JsonParser.parseString(object.toString()));
            return Optional.empty();
        } catch (InvocationTargetException e) {
            return Optional.of(kind + " " + object.path("metadata").path("name").asText() + ": " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    private static String version(String apiVersion) {
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    private static String capitalized(String version) {
        return Character.toUpperCase(version.charAt(0)) + version.substring(1);
    }
}
