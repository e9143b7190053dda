package dev.tradebook.transaction.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;
import dev.tradebook.transaction.domain.CashSale;
import dev.tradebook.transaction.domain.CashSales;
import dev.tradebook.transaction.domain.CreditRefused;
import dev.tradebook.transaction.domain.DocumentListQuery;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/cash-sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CashSaleResource {

    private final CashSales cashSales;
    private final SecurityIdentity identity;

    public CashSaleResource(CashSales cashSales, SecurityIdentity identity) {
        this.cashSales = cashSales;
        this.identity = identity;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS})
    @Operation(summary = "Make a cash sale", description = "Paid at once: no credit check, the exposure stays. For a"
            + " customer on hold only under ALLOW_CASH_SALES or ALLOW_PENDING_ORDERS_AND_CASH_SALES (else 422"
            + " customer-on-hold).")
    public Response make(@Valid @NotNull CashSaleRequest request) {
        try {
            CashSale sale = cashSales.make(request.toDocument(identity.getPrincipal().getName()), request.method(),
                    request.reference());
            return Response.created(URI.create("/api/v1/cash-sales/" + sale.number()))
                    .entity(LinedDocumentView.of(sale)).build();
        } catch (CreditRefused refused) {
            return Refusals.of(refused);
        }
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "List cash sales", description = DocumentListParams.DESCRIPTION)
    public PageView<LinedDocumentView> list(@Valid @BeanParam DocumentListParams params) {
        DocumentListQuery query = params.query();
        return PageView.of(cashSales.list(query), query, LinedDocumentView::of);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public LinedDocumentView get(@PathParam("number") String number) {
        return LinedDocumentView.of(cashSales.find(number));
    }
}
