package dev.tradebook.transaction.api;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.CallerCustomer;
import dev.tradebook.platform.runtime.security.Roles;
import dev.tradebook.transaction.domain.CreditRefused;
import dev.tradebook.transaction.domain.DocumentListQuery;
import dev.tradebook.transaction.domain.Quote;
import dev.tradebook.transaction.domain.QuoteStatus;
import dev.tradebook.transaction.domain.Quotes;
import dev.tradebook.transaction.domain.SalesOrderRecord;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/quotes")
@Produces(MediaType.APPLICATION_JSON)
// A body-less action takes any content type or none, so a plain POST gets to authorization and its answer.
@Consumes(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private final Quotes quotes;
    private final SecurityIdentity identity;
    private final CallerCustomer caller;

    public QuoteResource(Quotes quotes, SecurityIdentity identity, CallerCustomer caller) {
        this.caller = caller;
        this.quotes = quotes;
        this.identity = identity;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Draft a quote", description = "No credit check: a quote moves no exposure.")
    public Response draft(@Valid @NotNull QuoteRequest request) {
        Quote quote = quotes.draft(request.toDocument(identity.getPrincipal().getName()), request.validUntil());
        return Response.created(URI.create("/api/v1/quotes/" + quote.number()))
                .entity(QuoteView.of(quote, quotes.today())).build();
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "List quotes", description = DocumentListParams.DESCRIPTION
            + " status: only documents in this status.")
    public PageView<QuoteView> list(@Valid @BeanParam DocumentListParams params,
            @QueryParam("status") @Pattern(regexp = "DRAFT|SENT|ACCEPTED|REJECTED|EXPIRED",
                    message = "must be one of DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED") String status) {
        DocumentListQuery query = params.query();
        LocalDate today = quotes.today();
        return PageView.of(quotes.list(query, status == null ? null : QuoteStatus.valueOf(status)), query,
                quote -> QuoteView.of(quote, today));
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER, Roles.CUSTOMER})
    public QuoteView get(@PathParam("number") String number) {
        QuoteView quote = QuoteView.of(quotes.find(number), quotes.today());
        caller.mayAccess(quote.customer(), "Quote", number);
        return quote;
    }

    @POST
    @Path("/{number}/send")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "DRAFT → SENT")
    public QuoteView send(@PathParam("number") String number) {
        return QuoteView.of(quotes.send(number), quotes.today());
    }

    @POST
    @Path("/{number}/accept")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.CUSTOMER})
    @Operation(summary = "SENT → ACCEPTED", description = "422 once the quote has expired. A portal user: its own"
            + " customer's quotes only.")
    public QuoteView accept(@PathParam("number") String number) {
        caller.mayAccess(quotes.find(number).customerCode(), "Quote", number);
        return QuoteView.of(quotes.accept(number), quotes.today());
    }

    @POST
    @Path("/{number}/reject")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "SENT → REJECTED")
    public QuoteView reject(@PathParam("number") String number) {
        return QuoteView.of(quotes.reject(number), quotes.today());
    }

    @POST
    @Path("/{number}/convert")
    @Idempotent
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Turn an ACCEPTED quote into a sales order", description = "Once. The order is credit-checked"
            + " and held like any other; the answer is the order.")
    public Response convert(@PathParam("number") String number, @Valid ApprovalRequest request) {
        try {
            boolean acknowledged = request != null && request.acknowledged();
            SalesOrderRecord order = quotes.convert(number, acknowledged, identity.getPrincipal().getName());
            return Response.created(URI.create("/api/v1/sales-orders/" + order.order().number()))
                    .entity(SalesOrderView.of(order)).build();
        } catch (CreditRefused refused) {
            return Refusals.of(refused);
        }
    }
}
