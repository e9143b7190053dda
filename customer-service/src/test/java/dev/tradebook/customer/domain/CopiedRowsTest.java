package dev.tradebook.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * An import copies its new rows with the columns Hibernate's mapping names: every column of the tables must be
 * among them, so that a column added to a table and not to its entity cannot be silently left empty by an import.
 */
@QuarkusTest
class CopiedRowsTest {

    @Inject
    EntityManager entities;

    @Test
    @Transactional
    void aCustomerIsCopiedIntoEveryColumnButTheSearchDocumentTheDatabaseWrites() {
        List<String> columns = columnsOf("customer");
        columns.remove("search_text");

        assertThat(new CopiedRows(entities).columnsOf(Customer.class)).containsExactlyInAnyOrderElementsOf(columns);
    }

    @Test
    @Transactional
    void aContactIsCopiedIntoEveryColumnWithTheCustomerAndPositionOfItsCollection() {
        List<String> copied = new ArrayList<>(new CopiedRows(entities).columnsOf(CustomerContact.class));
        copied.addAll(List.of("customer_code", "position"));

        assertThat(copied).containsExactlyInAnyOrderElementsOf(columnsOf("customer_contact"));
    }

    @Test
    @Transactional
    void aHistoryEntryIsCopiedIntoEveryColumn() {
        assertThat(new CopiedRows(entities).columnsOf(HistoryEntry.class))
                .containsExactlyInAnyOrderElementsOf(columnsOf("customer_history"));
    }

    private List<String> columnsOf(String table) {
        List<?> names = entities.createNativeQuery("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = ?1""").setParameter(1, table).getResultList();
        List<String> columns = new ArrayList<>();
        names.forEach(name -> columns.add((String) name));
        return columns;
    }
}
