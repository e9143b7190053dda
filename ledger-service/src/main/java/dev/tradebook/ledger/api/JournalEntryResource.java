package dev.tradebook.ledger.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.tradebook.ledger.domain.AccountEnquiries;
import dev.tradebook.ledger.domain.JournalEntry;
import dev.tradebook.ledger.domain.Reversals;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/journal-entries")
@Produces(MediaType.APPLICATION_JSON)
public class JournalEntryResource {

    private final AccountEnquiries enquiries;
    private final Reversals reversals;

    public JournalEntryResource(AccountEnquiries enquiries, Reversals reversals) {
        this.enquiries = enquiries;
        this.reversals = reversals;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public JournalEntryView get(@PathParam("id") String id) {
        return JournalEntryView.of(enquiries.journalEntry(Identifiers.uuid("Journal entry", id)));
    }

    /** Posts the mirror entry of one (409 when it was reversed already): 201 with the reversal. */
    @POST
    @Path("/{id}/reversal")
    @Idempotent
    @RolesAllowed(Roles.ACCOUNTS)
    @Consumes(MediaType.APPLICATION_JSON)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    public Response reverse(@PathParam("id") String id, @Valid ReversalRequest request) {
        JournalEntry reversal = reversals.reverse(Identifiers.uuid("Journal entry", id), request == null ? null : request.reason());
        return Response.created(URI.create("/api/v1/journal-entries/" + reversal.id()))
                .entity(JournalEntryView.of(reversal)).build();
    }
}
