package dev.tradebook.transaction.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.security.Roles;
import dev.tradebook.transaction.domain.DocumentSequences;
import dev.tradebook.transaction.domain.DocumentType;

@Path("/api/v1/sequences/{documentType}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SequenceResource {

    private final DocumentSequences sequences;

    public SequenceResource(DocumentSequences sequences) {
        this.sequences = sequences;
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "The prefix and next number of a document type")
    public SequenceView get(@PathParam("documentType") String documentType) {
        return SequenceView.of(sequences.get(type(documentType)));
    }

    @PUT
    @RolesAllowed(Roles.SALES_ADMIN)
    @Operation(summary = "Change the prefix or skip ahead", description = "422 when nextNumber is below the current one.")
    public SequenceView revise(@PathParam("documentType") String documentType, @Valid @NotNull SequenceRequest request) {
        return SequenceView.of(sequences.revise(type(documentType), request.prefix(), request.nextNumber()));
    }

    private static DocumentType type(String name) {
        try {
            return DocumentType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ResourceNotFound("Document type", name);
        }
    }
}
