package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The role matrix file is consistent in itself and the README shows exactly it. */
class RoleMatrixTest {

    private final RoleMatrix matrix = RoleMatrix.load();

    @Test
    void readmeShowsTheMatrix() throws IOException {
        Path repository = Path.of(System.getProperty("tradebook.repository", "..")).toAbsolutePath().normalize();
        String readme = Files.readString(repository.resolve("README.md"), StandardCharsets.UTF_8);
        String expected = RoleMatrixReadme.tables(matrix);
        Path rendered = Path.of("target", "who-may-do-what.md");
        Files.createDirectories(rendered.getParent());
        Files.writeString(rendered, expected + "\n", StandardCharsets.UTF_8);

        assertThat(RoleMatrixReadme.tablesIn(readme))
                .as("README.md's tables under '%s' differ from role-matrix.csv; paste %s in their place",
                        RoleMatrixReadme.SECTION, rendered.toAbsolutePath())
                .isEqualTo(expected);
    }

    @Test
    void everyRowAllowsOnlyKnownRolesAndAtLeastOne() {
        assertThat(matrix.rows()).allSatisfy(row -> assertThat(row.roles())
                .as(row.operation().toString()).isNotEmpty().isSubsetOf(RoleMatrix.ROLES));
    }

    @Test
    void noOperationIsListedTwice() {
        Map<RoleMatrix.Operation, Long> counts = matrix.rows().stream()
                .collect(Collectors.groupingBy(RoleMatrix.Row::operation, Collectors.counting()));
        assertThat(counts).allSatisfy((operation, count) -> assertThat(count).as(operation.toString()).isEqualTo(1));
    }

    @Test
    void rowsOfOneGroupShareTheirRoles() {
        Map<String, Set<Set<String>>> rolesByGroup = matrix.rows().stream().collect(Collectors.groupingBy(
                row -> row.service() + ": " + row.group(), Collectors.mapping(RoleMatrix.Row::roles, Collectors.toSet())));
        assertThat(rolesByGroup).allSatisfy((group, roleSets) -> assertThat(roleSets).as(group).hasSize(1));
    }

    @Test
    void viewerOnlyReads() {
        List<RoleMatrix.Row> viewable = matrix.rows().stream().filter(row -> row.roles().contains("viewer")).toList();
        assertThat(viewable).isNotEmpty()
                .allSatisfy(row -> assertThat(row.method()).as(row.operation().toString()).isEqualTo("GET"));
    }

    @Test
    void thePortalIsForPortalUsersAlone() {
        assertThat(matrix.rows()).filteredOn(row -> row.path().startsWith("/portal/")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.roles()).as(row.operation().toString()).containsExactly("customer"));
    }

    @Test
    void integratorOnlyPushesOrdersToTheGatewayAndCallsWhatTheIntakeNeeds() {
        Set<String> intakeCalls = Set.of("customer-service GET /api/v1/customers",
                "customer-service POST /api/v1/customers", "transaction-service GET /api/v1/customers/{code}/credit",
                "transaction-service POST /api/v1/sales-orders");
        assertThat(matrix.rows()).filteredOn(row -> row.roles().contains("integrator")).allSatisfy(row -> {
            String call = row.service() + " " + row.method() + " " + row.path();
            assertThat(row.service().equals("portal-gateway") && row.path().startsWith("/integrations/")
                    || intakeCalls.contains(call)).as(call).isTrue();
        });
    }
}
