package dev.tradebook.customer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.tradebook.customer.domain.CustomerImport;
import dev.tradebook.customer.domain.CustomerImports;
import dev.tradebook.customer.domain.ImportFormat;
import dev.tradebook.customer.domain.ImportMode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A restart in the middle of an import, as the database sees it afterwards: the import RUNNING, its figures
 * those of the last chunk committed, nobody advancing it.
 */
@QuarkusTest
class CustomerImportResumeTest {

    @Inject
    CustomerImports imports;

    @Inject
    ImportJobs jobs;

    @Inject
    EntityManager entities;

    @Test
    void anImportInterruptedAfterAChunkResumesAfterItAndCreatesNothingTwice() throws IOException {
        String[] codes = new String[6];
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < codes.length; i++) {
            codes[i] = Customers.uniqueCode("IRS");
            rows.append(codes[i]).append(",Resumed ").append(i).append(",CUSTOMER,DOM,,,\n");
        }
        Path spool = Files.createTempFile("resume", ".import");
        Files.writeString(spool, Imports.csv().strip() + "\n" + rows);
        // The first chunk (two rows) was committed before the restart.
        Imports.run(Imports.CSV, "", Imports.csv(codes[0] + ",Resumed 0,CUSTOMER,DOM,,,", codes[1] + ",Resumed 1,CUSTOMER,DOM,,,"));
        CustomerImport interrupted = imports.start(ImportFormat.CSV, ImportMode.CREATE, false, spool.toString(),
                Files.size(spool), "asha");
        abandon(interrupted.id(), "rows_read = 2, rows_created = 2, bytes_read = 100");

        assertThat(jobs.resumeAbandoned()).isGreaterThanOrEqualTo(1);
        JsonPath done = Imports.finished(interrupted.id().toString());

        assertThat(done.getMap("")).contains(Map.entry("status", "COMPLETED"), Map.entry("read", 6),
                Map.entry("created", 6), Map.entry("failed", 0));
        for (String code : codes) {
            Customers.get(code).then().statusCode(200);
        }
        assertThat(Files.exists(spool)).isFalse();
    }

    @Test
    void anImportWhoseSpoolIsLostFailsWithTheFiguresItHad() {
        CustomerImport interrupted = imports.start(ImportFormat.NDJSON, ImportMode.UPSERT, false,
                Path.of(System.getProperty("java.io.tmpdir"), "gone-" + UUID.randomUUID()).toString(), 5000, "asha");
        abandon(interrupted.id(), "rows_read = 7, rows_created = 4, rows_updated = 2, rows_failed = 1");

        jobs.resumeAbandoned();
        JsonPath done = Imports.finished(interrupted.id().toString());

        assertThat(done.getMap("")).contains(Map.entry("status", "FAILED"), Map.entry("read", 7),
                Map.entry("created", 4), Map.entry("updated", 2), Map.entry("failed", 1));
        assertThat(done.getString("failure")).startsWith("the spooled file is gone");
    }

    @Test
    void anImportStillAdvancedByItsRunnerIsNotTakenOver() {
        CustomerImport running = imports.start(ImportFormat.CSV, ImportMode.CREATE, false, "/nowhere", 10, "asha");

        jobs.resumeAbandoned();

        assertThat(Imports.status(running.id().toString()).getString("status")).isEqualTo("RUNNING");
    }

    private void abandon(UUID id, String figures) {
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("update customer_import set " + figures
                + ", heartbeat_at = now() - interval '10 minutes' where id = :id").setParameter("id", id).executeUpdate());
    }
}
