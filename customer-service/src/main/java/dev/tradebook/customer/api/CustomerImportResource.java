package dev.tradebook.customer.api;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

import dev.tradebook.customer.domain.CustomerImport;
import dev.tradebook.customer.domain.CustomerImports;
import dev.tradebook.customer.domain.ImportError;
import dev.tradebook.customer.domain.ImportFormat;
import dev.tradebook.customer.domain.ImportMode;
import dev.tradebook.platform.runtime.api.ProblemResponses;
import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.problem.Violation;
import dev.tradebook.platform.runtime.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** Bulk import of customers from CSV or NDJSON: accepted at once, run in the background, followed by its id. */
@Path("/api/v1/customer-imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SALES_ADMIN)
public class CustomerImportResource {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";
    private static final int ERROR_PAGE = 1000;

    private final ImportSpool spool;
    private final CustomerImports imports;
    private final ImportJobs jobs;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final Clock clock;

    public CustomerImportResource(ImportSpool spool, CustomerImports imports, ImportJobs jobs, ObjectMapper json,
            SecurityIdentity identity, Clock clock) {
        this.spool = spool;
        this.imports = imports;
        this.jobs = jobs;
        this.json = json;
        this.identity = identity;
        this.clock = clock;
    }

    @POST
    @Consumes({CSV, NDJSON})
    @Operation(summary = "Import customers from a CSV (the template's columns) or NDJSON file",
            description = "The body is spooled as it arrives (at most customer.import.max-bytes, 1 GiB) and imported in "
                    + "the background, 500 rows a transaction; follow it at the Location. Every row must carry its code. "
                    + "mode=create (default): a row whose code exists fails; mode=upsert: it replaces that customer as a "
                    + "PUT would. dryRun=true checks every row and counts, writing nothing.")
    @APIResponse(responseCode = "202", description = "accepted: {\"id\"}, Location the import")
    @APIResponse(responseCode = "413", description = "the file is larger than the maximum",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response start(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("mode") @DefaultValue("create") String mode, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        ImportMode importMode = mode(mode);
        ImportFormat format = contentType.toLowerCase(Locale.ROOT).startsWith(CSV) ? ImportFormat.CSV : ImportFormat.NDJSON;
        ImportSpool.Spooled file = spool.spool(body);
        if (format == ImportFormat.CSV) {
            checkHeader(file);
        }
        CustomerImport started = imports.start(format, importMode, dryRun, file.file().toString(), file.size(),
                identity.getPrincipal().getName());
        jobs.submit(started.id(), started.runner());
        return Response.accepted(new Created(started.id())).location(URI.create("/api/v1/customer-imports/" + started.id()))
                .build();
    }

    /** The body of a 202: the import's id. */
    public record Created(UUID id) {
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An import's status and figures: read = created + updated + failed; rows per second and ETA")
    public CustomerImportView get(@PathParam("id") String id) {
        return CustomerImportView.of(imports.get(uuid(id)), clock.instant());
    }

    @GET
    @Path("/{id}/errors")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Why rows failed: line, field (none for the whole row), message; JSON or text/csv by Accept")
    public Response errors(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        UUID importId = uuid(id);
        imports.get(importId);
        boolean csv = accept != null && accept.toLowerCase(Locale.ROOT).contains(CSV)
                && !accept.toLowerCase(Locale.ROOT).contains(MediaType.APPLICATION_JSON);
        StreamingOutput output = out -> {
            try (JsonGenerator generator = csv ? csvGenerator(out) : json.getFactory().createGenerator(out)) {
                generator.writeStartArray();
                int offset = 0;
                List<ImportError> page;
                do {
                    page = imports.errors(importId, offset, ERROR_PAGE);
                    for (ImportError error : page) {
                        generator.writeStartObject();
                        generator.writeNumberField("line", error.line());
                        generator.writeStringField("field", error.field());
                        generator.writeStringField("message", error.message());
                        generator.writeEndObject();
                    }
                    offset += page.size();
                } while (page.size() == ERROR_PAGE);
                generator.writeEndArray();
            }
        };
        return Response.ok(output, csv ? CSV : MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/template.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "The CSV template: the header row of every column an import takes (the export's columns)")
    public String template() {
        return String.join(",", CustomerColumns.ALL) + "\n";
    }

    private static CsvGenerator csvGenerator(OutputStream out) throws java.io.IOException {
        CsvMapper mapper = new CsvMapper();
        CsvGenerator generator = mapper.getFactory().createGenerator(out);
        generator.setSchema(mapper.schemaFor(ErrorRow.class).withHeader());
        return generator;
    }

    /** The columns of the errors as CSV. */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"line", "field", "message"})
    record ErrorRow(long line, String field, String message) {
    }

    private void checkHeader(ImportSpool.Spooled file) {
        try (ImportRecords records = ImportRecords.open(file.file(), ImportFormat.CSV, json)) {
            List<Violation> violations = CustomerColumns.headerViolations(records.header());
            if (records.header().length == 0) {
                throw new InvalidRequest("empty-import", "The import file has no header row",
                        List.of(new Violation("body", "has no header row")));
            }
            if (!violations.isEmpty()) {
                throw new InvalidRequest("import-columns", "The header names columns the template does not have; "
                        + "nothing was imported", violations);
            }
        } catch (java.io.IOException | RuntimeException e) {
            ImportSpool.delete(file.file());
            if (e instanceof InvalidRequest refused) {
                throw refused;
            }
            throw new InvalidRequest("malformed-csv", "The header row cannot be read: " + e.getMessage(), List.of());
        }
    }

    private static ImportMode mode(String mode) {
        try {
            return ImportMode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("validation", "mode must be create or upsert",
                    List.of(new Violation("mode", "must be create or upsert")));
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResourceNotFound("Customer import", id);
        }
    }
}
