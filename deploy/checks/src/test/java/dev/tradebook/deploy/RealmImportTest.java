package dev.tradebook.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Keycloak operator imports the realm of deploy/keycloak/realm.json, not a copy kept by hand: the checked-in
 * import is what RealmImport makes of the realm file (regenerated with -Ddeploy.regenerate=true).
 */
class RealmImportTest {

    private static final boolean REGENERATE = Boolean.getBoolean("deploy.regenerate");

    @Test
    void theImportIsGeneratedFromTheRealmFile() throws IOException {
        assertGenerated(RealmImport.IMPORT, RealmImport.realmImport(Repository.read(RealmImport.REALM)));
    }

    @Test
    void theDevOverlaysDemoUsersAreGeneratedFromTheRealmFile() throws IOException {
        assertGenerated(RealmImport.DEMO_USERS, RealmImport.demoUsers(Repository.read(RealmImport.REALM)));
    }

    @Test
    void productionImportsNoPasswordAndReadsClientSecretsFromASecret() throws IOException {
        JsonNode realmImport = Kustomize.overlay("prod").get("KeycloakRealmImport", "distribution");
        JsonNode realm = realmImport.path("spec").path("realm");

        JsonNode realmFile = new ObjectMapper().readTree(Repository.read(RealmImport.REALM));
        List<String> serviceAccounts = realmFile.path("users").findValuesAsText("serviceAccountClientId");
        assertThat(serviceAccounts).contains("integrator", "portal-gateway");

        assertThat(realm.path("users").findValues("credentials")).isEmpty();
        assertThat(realm.path("users")).extracting(user -> user.path("serviceAccountClientId").asText())
                .containsExactlyInAnyOrderElementsOf(serviceAccounts);
        assertThat(realm.path("clients").findValuesAsText("secret"))
                .containsExactlyInAnyOrder("${INTEGRATOR_CLIENT_SECRET}", "${PORTAL_GATEWAY_CLIENT_SECRET}");
        JsonNode placeholders = realmImport.path("spec").path("placeholders");
        assertThat(placeholders.path("INTEGRATOR_CLIENT_SECRET").path("secret").path("name").asText())
                .isEqualTo("keycloak-integrator-client");
        assertThat(placeholders.path("PORTAL_GATEWAY_CLIENT_SECRET").path("secret").path("name").asText())
                .isEqualTo("keycloak-portal-gateway-client");
        assertThat(realmImport.path("spec").path("keycloakCRName").asText())
                .isEqualTo(Kustomize.overlay("prod").ofKind("Keycloak").get(0).path("metadata").path("name").asText());
    }

    @Test
    void devImportsTheDemoUsersToo() throws IOException {
        JsonNode realm = Kustomize.overlay("dev").get("KeycloakRealmImport", "distribution").path("spec").path("realm");

        JsonNode realmFile = new ObjectMapper().readTree(Repository.read(RealmImport.REALM));
        assertThat(realm.path("users")).extracting(user -> user.path("username").asText())
                .hasSizeGreaterThan(1)
                .containsExactlyInAnyOrderElementsOf(realmFile.path("users").findValuesAsText("username"));
        assertThat(realm.path("roles")).isEqualTo(Kustomize.overlay("prod")
                .get("KeycloakRealmImport", "distribution").path("spec").path("realm").path("roles"));
    }

    private static void assertGenerated(String file, String generated) throws IOException {
        if (REGENERATE) {
            Files.writeString(Repository.path(file), generated);
        }
        assertThat(Repository.read(file))
                .as("%s is generated from %s: run the test with -Ddeploy.regenerate=true", file, RealmImport.REALM)
                .isEqualTo(generated);
    }
}
