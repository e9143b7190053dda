package dev.tradebook.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Renders an overlay of deploy/k8s with {@code kubectl kustomize}, as {@code kubectl apply -k} would. */
final class Kustomize {

    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static Manifests overlay(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> new Manifests(parse(render("deploy/k8s/overlays/" + name))));
    }

    static String render(String directory) {
        ProcessBuilder command = new ProcessBuilder("kubectl", "kustomize", Repository.path(directory).toString())
                .redirectErrorStream(true);
        try {
            Process kubectl = command.start();
            String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kubectl.waitFor(2, TimeUnit.MINUTES) || kubectl.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + directory + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl is needed to render deploy/k8s (Debian: kubectl)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> parse(String yaml) {
        try {
            return YAML.readValues(YAML.createParser(yaml), JsonNode.class).readAll().stream()
                    .filter(document -> document != null && !document.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
