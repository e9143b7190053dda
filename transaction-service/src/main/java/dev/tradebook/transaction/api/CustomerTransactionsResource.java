package dev.tradebook.transaction.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;
import dev.tradebook.platform.runtime.security.CallerCustomer;
import dev.tradebook.platform.runtime.security.Roles;
import dev.tradebook.transaction.domain.CustomerTransactions;
import dev.tradebook.transaction.domain.TransactionKind;

@Path("/api/v1/customers/{code}/transactions")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerTransactionsResource {

    private final CustomerTransactions transactions;
    private final CallerCustomer caller;

    public CustomerTransactionsResource(CustomerTransactions transactions, CallerCustomer caller) {
        this.transactions = transactions;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER, Roles.CUSTOMER})
    @Operation(summary = "A customer's documents, newest first", description = "kind: open-invoices (invoices with"
            + " something outstanding), overdue (those past their due date), money-in (payments and cash sales),"
            + " money-out (refunds), invoices, quotes, all (default: every document, quotes and returns included).")
    public PageView<TransactionView> list(@PathParam("code") String code,
            @QueryParam("kind") @DefaultValue("all") String kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        caller.mayAccess(code);
        TransactionKind parsed = TransactionKind.fromParameter(kind).orElseThrow(() -> new InvalidRequest("validation",
                "Unknown kind " + kind, List.of(new Violation("kind",
                        "must be open-invoices, overdue, money-in, money-out, invoices, quotes or all"))));
        CustomerTransactions.Page found = transactions.of(code, parsed, page, size);
        return new PageView<>(found.items().stream().map(TransactionView::of).toList(), page, size, found.total());
    }
}
