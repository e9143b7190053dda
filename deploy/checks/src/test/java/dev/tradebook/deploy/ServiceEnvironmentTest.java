package dev.tradebook.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every variable a service reads in production is set by Kubernetes (both overlays) and by Compose. */
class ServiceEnvironmentTest {

    static List<String> services() {
        return Repository.services();
    }

    @Test
    void theFourServicesAreDeployed() {
        assertThat(services()).containsExactlyInAnyOrder(
                "customer-service", "ledger-service", "transaction-service", "portal-gateway");
    }

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesSetsEveryVariableInBothOverlays(String service) {
        Set<String> needed = ServiceConfig.of(service).environment(EnvironmentTable.fromReadme());
        for (String overlay : Kustomize.OVERLAYS) {
            assertThat(Kustomize.overlay(overlay).environment(service))
                    .as("variables of %s in overlay %s", service, overlay)
                    .containsAll(needed);
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void composeSetsEveryVariable(String service) {
        Set<String> needed = ServiceConfig.of(service).environment(EnvironmentTable.fromReadme());
        assertThat(ComposeFile.load().environment(service).keySet())
                .as("variables of %s in compose.yml", service)
                .containsAll(needed);
    }

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesAndComposeSetTheSameVariables(String service) {
        assertThat(ComposeFile.load().environment(service).keySet())
                .as("%s: compose.yml and deploy/k8s", service)
                .containsExactlyInAnyOrderElementsOf(Kustomize.overlay("prod").environment(service));
    }

    @Test
    void theReadmeTableNamesTheVariablesOfEveryServiceAndOfItsOwnRows() {
        EnvironmentTable table = EnvironmentTable.fromReadme();

        assertThat(table.variablesOf("ledger-service"))
                .contains("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                        "KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_OIDC_AUTH_SERVER_URL", "PLATFORM_RETENTION_SENT_EVENTS",
                        "PLATFORM_RETENTION_APPLIED_EVENTS", "PLATFORM_RETENTION_IDEMPOTENCY_KEYS")
                .doesNotContain("COMPANY_BASE_CURRENCY");
        assertThat(table.variablesOf("customer-service")).contains("COMPANY_BASE_CURRENCY", "COMPANY_CUSTOMER_CODE_PREFIX");
    }

    @Test
    void aVariableAddedToTheReadmeTableIsNeeded() {
        EnvironmentTable table = EnvironmentTable.parse("""
                Environment of every service:

                | variable | default | what |
                |---|---|---|
                | `QUARKUS_HTTP_PORT` | the port | |
                | `EXCHANGE_RATES_URL` (ledger-service) | none | a new one |
                """);

        assertThat(table.variablesOf("ledger-service")).containsExactlyInAnyOrder("QUARKUS_HTTP_PORT", "EXCHANGE_RATES_URL");
        assertThat(table.variablesOf("customer-service")).containsExactly("QUARKUS_HTTP_PORT");
    }

    @Test
    void aVariableAConfigurationRefersToIsNeededOutsideTestAndDevProfiles() {
        ServiceConfig config = ServiceConfig.of("ledger-service", """
                ledger.rates.url=${EXCHANGE_RATES_URL}
                quarkus.flyway.placeholders.currency=${company.base-currency:INR}
                %prod.ledger.mail.host=${MAIL_HOST:localhost}
                %test.ledger.rates.url=${test.rates.url}
                %dev.ledger.mail.host=${DEV_MAIL}
                """);

        assertThat(config.referencedVariables()).containsExactly("COMPANY_BASE_CURRENCY", "EXCHANGE_RATES_URL", "MAIL_HOST");
    }

    @Test
    void aSettingThatDefaultsToLocalhostIsNeededOutsideTestAndDevProfiles() {
        ServiceConfig config = ServiceConfig.of("portal-gateway", """
                quarkus.rest-client.ledger-service.url=http://localhost:8082
                %prod.quarkus.keycloak.admin-client.server-url=http://127.0.0.1:8180
                quarkus.rest-client.ledger-service.connect-timeout=2000
                %test.rates.url=http://localhost:9999
                %dev.mail.host=localhost
                """);

        assertThat(config.localhostSettings()).containsExactly(
                "QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL", "QUARKUS_REST_CLIENT_LEDGER_SERVICE_URL");
    }

    @Test
    void theGatewayNeedsEachServicesUrlAndKeycloaksAdminApi() {
        assertThat(ServiceConfig.of("portal-gateway").environment(EnvironmentTable.parse("Environment of every service:\n")))
                .contains("QUARKUS_REST_CLIENT_CUSTOMER_SERVICE_URL", "QUARKUS_REST_CLIENT_LEDGER_SERVICE_URL",
                        "QUARKUS_REST_CLIENT_TRANSACTION_SERVICE_URL", "QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL");
    }
}
