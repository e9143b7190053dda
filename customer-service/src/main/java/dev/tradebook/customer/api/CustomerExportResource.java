package dev.tradebook.customer.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

import dev.tradebook.customer.domain.Customer;
import dev.tradebook.customer.domain.CustomerService;
import dev.tradebook.customer.reference.domain.ResultPage;
import dev.tradebook.platform.runtime.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The customers a search finds, as the import's CSV: what an upsert import takes back unchanged. */
@Path("/api/v1/customers/export")
public class CustomerExportResource {

    private static final int PAGE = 500;
    private static final CsvMapper CSV = new CsvMapper();

    private final CustomerService customers;
    private final ObjectMapper json;

    public CustomerExportResource(CustomerService customers, ObjectMapper json) {
        this.customers = customers;
        this.json = json;
    }

    @GET
    @Produces(CustomerImportResource.CSV)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "Export customers as CSV (the import template's columns)",
            description = "The filters and sort of GET /customers (page and size are not used: every match is "
                    + "exported); streamed 500 customers at a time, each page read in its own short transaction.")
    public Response export(@Valid @BeanParam CustomerSearchParams params) {
        StreamingOutput output = out -> {
            try (CsvGenerator csv = CSV.getFactory().createGenerator(out)) {
                row(csv, CustomerColumns.ALL.toArray(String[]::new));
                int page = 0;
                List<String[]> rows;
                do {
                    int number = page++;
                    rows = QuarkusTransaction.requiringNew().call(() -> cells(customers.search(params.filter(),
                            params.sortField(), params.ascending(), number, PAGE)));
                    for (String[] cells : rows) {
                        row(csv, cells);
                    }
                } while (rows.size() == PAGE);
            }
        };
        return Response.ok(output).header("Content-Disposition", "attachment; filename=\"customers.csv\"").build();
    }

    /** Mapped inside the page's transaction: its customers leave memory with it. */
    private List<String[]> cells(ResultPage<Customer> page) {
        return page.items().stream().map(customer -> {
            try {
                return CustomerColumns.toCells(json.valueToTree(CustomerRequest.of(customer)), json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static void row(CsvGenerator csv, String[] cells) throws IOException {
        csv.writeStartArray();
        for (String cell : cells) {
            csv.writeString(cell);
        }
        csv.writeEndArray();
    }
}
