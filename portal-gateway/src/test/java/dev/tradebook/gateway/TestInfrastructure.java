package dev.tradebook.gateway;

import dev.tradebook.platform.testing.KafkaTestResource;
import dev.tradebook.platform.testing.PostgresTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Real PostgreSQL, a real Kafka broker and an OIDC server for every @QuarkusTest of this module. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
