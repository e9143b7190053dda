package dev.tradebook.transaction.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import dev.tradebook.transaction.domain.OrderStatus;
import dev.tradebook.transaction.domain.SalesOrderRecord;
import dev.tradebook.transaction.domain.SalesOrders;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/sales-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SalesOrderResource {

    private final SalesOrders orders;
    private final SecurityIdentity identity;
    private final CallerCustomer caller;

    public SalesOrderResource(SalesOrders orders, SecurityIdentity identity, CallerCustomer caller) {
        this.caller = caller;
        this.orders = orders;
        this.identity = identity;
    }

    @POST
    // An order of a customer with documents is written with plain JDBC only: no JTA transaction for it.
    @Idempotent(plainJdbcFirst = true)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.CUSTOMER, Roles.INTEGRATOR})
    @Operation(summary = "Take a sales order", description = "Credit-checked per the customer's creditActionOnOrder:"
            + " 422 credit-limit-exceeded, credit-limit-warning (unless acknowledgeCreditWarning) or customer-on-hold."
            + " Created PENDING for a customer on hold when the hold policy allows pending orders.")
    public Response place(@Valid @NotNull SalesOrderRequest request) {
        caller.mayAccess(request.customer());
        try {
            SalesOrderRecord placed = orders.place(request.toDocument(user()), null, request.cart());
            return Response.created(URI.create("/api/v1/sales-orders/" + placed.order().number()))
                    .entity(SalesOrderView.of(placed)).build();
        } catch (CreditRefused refused) {
            return Refusals.of(refused);
        }
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER, Roles.CUSTOMER})
    @Operation(summary = "List sales orders", description = DocumentListParams.DESCRIPTION
            + " status: only documents in this status; importedFromCart, cartMapping: only the orders imported from"
            + " that e-commerce cart, that order in it. A portal user must name its own customer.")
    public PageView<SalesOrderView> list(@Valid @BeanParam DocumentListParams params,
            @QueryParam("status") @Pattern(regexp = "PENDING|APPROVED|PARTIALLY_INVOICED|INVOICED|CANCELLED",
                    message = "must be one of PENDING, APPROVED, PARTIALLY_INVOICED, INVOICED, CANCELLED")
            String status,
            @QueryParam("importedFromCart") @Size(max = 40) String importedFromCart,
            @QueryParam("cartMapping") @Size(max = 100) String cartMapping) {
        DocumentListQuery query = params.query();
        caller.mayAccess(query.customer());
        return PageView.of(orders.list(query, status == null ? null : OrderStatus.valueOf(status), importedFromCart,
                cartMapping), query, SalesOrderView::of);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER, Roles.CUSTOMER})
    public SalesOrderView get(@PathParam("number") String number) {
        SalesOrderView order = SalesOrderView.of(orders.find(number));
        caller.mayAccess(order.customer(), "Sales order", number);
        return order;
    }

    @GET
    @Path("/{number}/revisions")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "Every revision of the order's lines, oldest first")
    public List<RevisionView> revisions(@PathParam("number") String number) {
        SalesOrderRecord record = orders.find(number);
        return record.revisions().stream().map(r -> RevisionView.of(r, record.order().currency())).toList();
    }

    @POST
    @Path("/{number}/amendments")
    @Idempotent
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Replace the lines as a new revision", description = "PENDING or APPROVED orders only;"
            + " an approved order is credit-checked again.")
    public Response amend(@PathParam("number") String number, @Valid @NotNull AmendmentRequest request) {
        try {
            String customer = orders.find(number).order().customerCode();
            return Response.ok(SalesOrderView.of(orders.amend(number, request.toDocument(customer, user())))).build();
        } catch (CreditRefused refused) {
            return Refusals.of(refused);
        }
    }

    @POST
    @Path("/{number}/approve")
    @Idempotent
    @RolesAllowed(Roles.ACCOUNTS)
    @Operation(summary = "Approve a PENDING order", description = "Once its customer is off hold; credit-checked.")
    public Response approve(@PathParam("number") String number, @Valid ApprovalRequest request) {
        try {
            boolean acknowledged = request != null && request.acknowledged();
            return Response.ok(SalesOrderView.of(orders.approve(number, acknowledged, user()))).build();
        } catch (CreditRefused refused) {
            return Refusals.of(refused);
        }
    }

    @POST
    @Path("/{number}/cancel")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Cancel the order", description = "Its part not yet invoiced leaves the exposure.")
    public SalesOrderView cancel(@PathParam("number") String number, @Valid CancellationRequest request) {
        return SalesOrderView.of(orders.cancel(number, request == null ? null : request.reason()));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
