package dev.tradebook.customer.api;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.customer.config.ImportSettings;
import dev.tradebook.customer.domain.CustomerImport;
import dev.tradebook.customer.domain.CustomerImports;
import dev.tradebook.customer.domain.ImportRow;
import dev.tradebook.customer.domain.ImportTakenOver;
import dev.tradebook.platform.runtime.problem.Violation;
import io.quarkus.arc.Arc;

/**
 * Runs one import from its spooled file, chunk by chunk, from where its figures say it stands: a fresh import
 * from the start, a resumed one after the records already written. It always ends the import, COMPLETED or
 * FAILED with the reason, unless another runner took it over.
 */
@ApplicationScoped
class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    private final CustomerImports imports;
    private final ImportRows rows;
    private final ObjectMapper json;
    private final ImportSettings settings;

    ImportRunner(CustomerImports imports, ImportRows rows, ObjectMapper json, ImportSettings settings) {
        this.imports = imports;
        this.rows = rows;
        this.json = json;
        this.settings = settings;
    }

    void run(UUID id, UUID runner) {
        var context = Arc.container().requestContext();
        context.activate();
        try {
            runActive(id, runner);
        } catch (ImportTakenOver takenOver) {
            LOG.infof("import %s: %s", id, takenOver.getMessage());
        } finally {
            context.terminate();
        }
    }

    private void runActive(UUID id, UUID runner) {
        CustomerImport started = imports.get(id);
        Path file = Path.of(started.spoolFile());
        List<ImportRow> chunk = new ArrayList<>();
        try (ImportRecords records = ImportRecords.open(file, started.format(), json);
                ChunkWriters writers = new ChunkWriters(imports, settings.chunksInFlight())) {
            try {
                records.skip(started.read());
                ImportRecords.Record next;
                while ((next = records.next()) != null) {
                    chunk.add(rows.of(next));
                    if (chunk.size() == settings.chunkRows()) {
                        writers.write(id, runner, chunk, records.bytesRead());
                        chunk.clear();
                    }
                }
                writers.write(id, runner, chunk, records.bytesRead());
                writers.finish();
                imports.complete(id, runner);
                ImportSpool.delete(file);
            } catch (ImportRecords.Unreadable unreadable) {
                chunk.add(ImportRow.refused(unreadable.line, List.of(new Violation(null, unreadable.getMessage()))));
                writers.write(id, runner, chunk, started.sizeBytes());
                writers.finish();
                imports.fail(id, runner, "line " + unreadable.line + ": " + unreadable.getMessage()
                        + "; the rows before it were imported, none after it");
                ImportSpool.delete(file);
            } catch (IOException | RuntimeException broken) {
                // Nothing may commit after the import is ended: the chunks still being written end first.
                writers.finishQuietly();
                throw broken;
            }
        } catch (NoSuchFileException lost) {
            imports.fail(id, runner, "the spooled file is gone (restarted on another machine?): the rows counted "
                    + "were imported, the rest of the file was not; import the rest again");
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof ImportTakenOver takenOver) {
                throw takenOver;
            }
            LOG.errorf(broken, "import %s stopped", id);
            imports.fail(id, runner, "stopped by an error: " + broken.getMessage()
                    + "; the rows counted were imported, the rest of the file was not");
        }
    }
}
