package dev.tradebook.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/** The objects one overlay renders to. */
record Manifests(List<JsonNode> objects) {

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.path("kind").asText())).toList();
    }

    JsonNode get(String kind, String name) {
        return ofKind(kind).stream()
                .filter(object -> name.equals(object.path("metadata").path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no " + kind + " " + name));
    }

    /** The service's container in its Deployment. */
    JsonNode container(String service) {
        for (JsonNode container : get("Deployment", service).path("spec").path("template").path("spec").path("containers")) {
            if (service.equals(container.path("name").asText())) {
                return container;
            }
        }
        throw new NoSuchElementException("Deployment " + service + " has no container " + service);
    }

    /** The names of the variables the service's container gets: its env and the keys of its envFrom ConfigMaps. */
    Set<String> environment(String service) {
        JsonNode container = container(service);
        Set<String> names = new LinkedHashSet<>();
        container.path("env").forEach(variable -> names.add(variable.path("name").asText()));
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                String configMap = source.path("configMapRef").path("name").asText();
                get("ConfigMap", configMap).path("data").fieldNames().forEachRemaining(names::add);
            } else {
                throw new IllegalStateException(service + ": only ConfigMaps are read whole; name each Secret key in env");
            }
        }
        return names;
    }

    /** The value of one of the service's variables as its ConfigMap sets it. */
    String configValue(String service, String variable) {
        for (JsonNode source : container(service).path("envFrom")) {
            JsonNode value = get("ConfigMap", source.path("configMapRef").path("name").asText()).path("data").path(variable);
            if (!value.isMissingNode()) {
                return value.asText();
            }
        }
        throw new NoSuchElementException(service + " has no " + variable + " in its ConfigMaps");
    }
}
