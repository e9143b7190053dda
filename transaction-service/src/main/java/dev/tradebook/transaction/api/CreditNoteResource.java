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
import dev.tradebook.transaction.domain.CreditNote;
import dev.tradebook.transaction.domain.CreditNotes;
import dev.tradebook.transaction.domain.DocumentListQuery;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/credit-notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CreditNoteResource {

    private final CreditNotes creditNotes;
    private final SecurityIdentity identity;

    public CreditNoteResource(CreditNotes creditNotes, SecurityIdentity identity) {
        this.creditNotes = creditNotes;
        this.identity = identity;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.ACCOUNTS)
    @Operation(summary = "Issue a credit note", description = "Lowers the exposure. Against an invoice it may not"
            + " exceed what is left to credit on it (422 credit-exceeds-invoice).")
    public Response issue(@Valid @NotNull CreditNoteRequest request) {
        CreditNote note = creditNotes.issue(request.toDocument(identity.getPrincipal().getName()), request.invoice(), null);
        return Response.created(URI.create("/api/v1/credit-notes/" + note.number()))
                .entity(LinedDocumentView.of(note)).build();
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "List credit notes", description = DocumentListParams.DESCRIPTION)
    public PageView<LinedDocumentView> list(@Valid @BeanParam DocumentListParams params) {
        DocumentListQuery query = params.query();
        return PageView.of(creditNotes.list(query), query, LinedDocumentView::of);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public LinedDocumentView get(@PathParam("number") String number) {
        return LinedDocumentView.of(creditNotes.find(number));
    }
}
