package dev.tradebook.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.yaml.snakeyaml.Yaml;

/** deploy/compose.yml as Compose reads it (YAML merge keys resolved, ${...} left as written). */
record ComposeFile(Map<String, Object> document) {

    static ComposeFile load() {
        return parse(Repository.read("deploy/compose.yml"));
    }

    static ComposeFile parse(String yaml) {
        return new ComposeFile(new Yaml().load(yaml));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> service(String name) {
        Object service = ((Map<String, Object>) document.get("services")).get(name);
        if (!(service instanceof Map)) {
            throw new NoSuchElementException("compose.yml has no service " + name);
        }
        return (Map<String, Object>) service;
    }

    /** The service's environment, written as a map or as a list of NAME=value. */
    Map<String, String> environment(String name) {
        Object environment = service(name).get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> variables.put(key.toString(), value == null ? null : value.toString()));
        } else if (environment instanceof List<?> list) {
            for (Object entry : list) {
                String[] pair = entry.toString().split("=", 2);
                variables.put(pair[0], pair.length > 1 ? pair[1] : null);
            }
        }
        return variables;
    }

    /** The service's ports, as "published:container" strings. */
    List<String> ports(String name) {
        Object ports = service(name).get("ports");
        return ports == null ? List.of() : ((List<?>) ports).stream().map(Object::toString).toList();
    }
}
