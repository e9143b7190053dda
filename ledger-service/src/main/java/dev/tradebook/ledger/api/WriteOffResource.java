package dev.tradebook.ledger.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.tradebook.ledger.domain.JournalEntry;
import dev.tradebook.ledger.domain.WriteOffs;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/customers/{code}/write-offs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WriteOffResource {

    private final WriteOffs writeOffs;

    public WriteOffResource(WriteOffs writeOffs) {
        this.writeOffs = writeOffs;
    }

    /** 201 with the journal entry (Dr write-offs / Cr debtor); 422 naming the field when the invoice has less open. */
    @POST
    @Idempotent
    @RolesAllowed(Roles.ACCOUNTS)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    public Response writeOff(@PathParam("code") String code, @Valid @NotNull WriteOffRequest request) {
        JournalEntry entry = writeOffs.writeOff(code, request.invoice(), request.amount(), request.reason());
        return Response.created(URI.create("/api/v1/journal-entries/" + entry.id()))
                .entity(JournalEntryView.of(entry)).build();
    }
}
