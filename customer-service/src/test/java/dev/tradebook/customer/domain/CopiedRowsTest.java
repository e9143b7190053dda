package dev.tradebook.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.outbox.OutboxEntry;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An import copies its new rows with the columns Hibernate's mapping names: every column of the tables must be
 * among them, so that a column added to a table and not to its entity cannot be silently left empty by an import.
 * A table's rows travel in pieces of 64 KB: rows on both sides of a piece's end arrive whole.
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

    @Test
    @TestTransaction
    void rowsOfManyPiecesArriveWholeWithTheirEscapesAndCharactersBeyondAscii() {
        CopiedRows rows = new CopiedRows(entities);
        List<UUID> ids = new ArrayList<>();
        String escaped = "Grüße aus Köln, ₹ 1,00,000\\ttab \\\\ backslash\\nnew line " + "x".repeat(500);
        for (int i = 0; i < 400; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            rows.addEvent(new OutboxEntry<>(null, id, "copy.test", "C" + i, "copy.test.v1",
                    "{\"row\": %d, \"text\": \"%s\"}".formatted(i, escaped), Instant.EPOCH));
        }
        rows.copy();

        List<?> copied = entities.createNativeQuery("""
                select (payload->>'row')::int, payload->>'text', aggregateid from outbox_event
                where id = any(?1) order by (payload->>'row')::int""").setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        assertThat(copied).hasSize(400);
        for (int i = 0; i < copied.size(); i++) {
            Object[] row = (Object[]) copied.get(i);
            assertThat(row).containsExactly(i, "Grüße aus Köln, ₹ 1,00,000\ttab \\ backslash\nnew line " + "x".repeat(500),
                    "C" + i);
        }
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
