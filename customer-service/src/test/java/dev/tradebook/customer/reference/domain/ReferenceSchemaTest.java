package dev.tradebook.customer.reference.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The invariants hold in the database too, for whatever writes around the service (a script, a later
 * migration, a bug). Each statement runs in a transaction that is rolled back, so nothing stays behind.
 */
@QuarkusTest
class ReferenceSchemaTest {

    @Inject
    AgroalDataSource database;

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void paymentTermsWithoutNetDaysAreRefused() {
        assertThatThrownBy(() -> execute("insert into reference_code values ('PY', 'SCHEMA-PY', 'No days', true, null, 0)"))
                .hasMessageContaining("reference_code_net_days_only_for_payment_terms");
    }

    @Test
    void netDaysOnAnotherTypeAreRefused() {
        assertThatThrownBy(() -> execute("insert into reference_code values ('SR', 'SCHEMA-SR', 'Region', true, 5, 0)"))
                .hasMessageContaining("reference_code_net_days_only_for_payment_terms");
    }

    @Test
    void anUnknownCodeTypeIsRefused() {
        assertThatThrownBy(() -> execute("insert into reference_code values ('XX', 'SCHEMA-XX', 'x', true, null, 0)"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aLowerCaseCodeIsRefused() {
        assertThatThrownBy(() -> execute("insert into corporate values ('lower', 'Lower', true, 0)"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aGstCodeOutsideIndiaIsRefused() {
        assertThatThrownBy(() -> execute("insert into state values ('US-CA', 'California', 'US', '06')"))
                .hasMessageContaining("state_gst_code_in_india_only");
    }

    @Test
    void aSecondStateWithTheSameGstCodeIsRefused() {
        assertThatThrownBy(() -> execute("insert into state values ('IN-XX', 'Duplicate of Maharashtra', 'IN', '27')"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aCityInAnUnknownStateIsRefused() {
        assertThatThrownBy(() -> execute("insert into city values ('SCHEMA-CITY', 'Nowhere', 'IN-XX', true, 0)"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aChoiceFieldWithoutChoicesIsRefused() {
        assertThatThrownBy(() -> execute("insert into custom_field_definition values"
                + " ('schemaChoice', 'Choice', 'CHOICE', '{}', false, false, true, 0)"))
                .hasMessageContaining("custom_field_choice_has_choices");
    }

    @Test
    void choicesOnATextFieldAreRefused() {
        assertThatThrownBy(() -> execute("insert into custom_field_definition values"
                + " ('schemaText', 'Text', 'TEXT', '{a}', false, false, true, 0)"))
                .hasMessageContaining("custom_field_choices_only_for_choice");
    }

    @Test
    void aSecondSettingsRowIsRefused() {
        assertThatThrownBy(() -> execute("insert into company_settings (id, name, base_currency, customer_code_prefix,"
                + " portal_login_for_new_customers, version) values (2, 'Second company', 'INR', 'C', false, 0)"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aWellFormedRowIsAccepted() {
        assertThatCode(() -> execute("insert into reference_code values ('PY', 'SCHEMA-OK', 'Fine', true, 30, 0)"))
                .doesNotThrowAnyException();
    }
}
