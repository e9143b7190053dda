package dev.tradebook.transaction.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import dev.tradebook.transaction.support.Settings;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SettingsResourceTest {

    @Test
    void aChangeAgainstTheVersionReadIsAcceptedAndAnswersTheNewETag() {
        String etag = Settings.etag();

        String revised = Settings.change(etag, "ALLOW_NOTHING").statusCode(200)
                .body("holdPolicy", equalTo("ALLOW_NOTHING")).extract().header("ETag");

        assertThat(revised).isNotEqualTo(etag).isEqualTo(Settings.etag());
    }

    @Test
    void aChangeAgainstAnOlderVersionIsPreconditionFailedAndChangesNothing() {
        String stale = Settings.etag();
        Settings.holdPolicy("ALLOW_NOTHING");

        Settings.change(stale, "ALLOW_CASH_SALES").statusCode(412).contentType("application/problem+json")
                .body("type", endsWith("/precondition-failed"));

        given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/settings")
                .then().body("holdPolicy", equalTo("ALLOW_NOTHING"));
    }

    @Test
    void aChangeWithoutIfMatchIsPreconditionRequired() {
        Settings.change(null, "ALLOW_CASH_SALES").statusCode(428).contentType("application/problem+json")
                .body("type", endsWith("/precondition-required"));
    }

    @Test
    void aWeakTagNamesTheSameVersion() {
        Settings.change("W/" + Settings.etag(), "ALLOW_NOTHING").statusCode(200);
    }
}
