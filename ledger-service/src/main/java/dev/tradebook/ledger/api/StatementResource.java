package dev.tradebook.ledger.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.tradebook.ledger.domain.Statements;
import dev.tradebook.platform.runtime.security.CallerCustomer;
import dev.tradebook.platform.runtime.security.Roles;

/**
 * A customer's statement: without {@code from}/{@code to} its open items, with either a period with opening
 * and closing balance. JSON, or a PDF for {@code Accept: application/pdf}.
 */
@Path("/api/v1/customers/{code}/statement")
@RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER, Roles.CUSTOMER})
public class StatementResource {

    static final String PDF = "application/pdf";

    private final Statements statements;
    private final StatementPdf pdf;
    private final CallerCustomer caller;

    public StatementResource(Statements statements, StatementPdf pdf, CallerCustomer caller) {
        this.caller = caller;
        this.statements = statements;
        this.pdf = pdf;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StatementView json(@PathParam("code") String code, @Valid @BeanParam PeriodParams period) {
        caller.mayAccess(code);
        return StatementView.of(period.isOpenEnded() ? statements.openItems(code)
                : statements.period(code, period.from(), period.to()));
    }

    @GET
    @Produces(PDF)
    public Response pdf(@PathParam("code") String code, @Valid @BeanParam PeriodParams period) {
        return Response.ok(pdf.render(json(code, period)), PDF)
                .header("Content-Disposition", "inline; filename=\"statement-" + code + ".pdf\"")
                .build();
    }
}
