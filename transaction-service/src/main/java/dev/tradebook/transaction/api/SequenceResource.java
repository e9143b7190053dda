package dev.tradebook.transaction.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.tradebook.platform.runtime.api.IfMatch;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.security.Roles;
import dev.tradebook.transaction.domain.DocumentSequences;
import dev.tradebook.transaction.domain.DocumentType;
import dev.tradebook.transaction.domain.SequencePosition;

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
    public Response get(@PathParam("documentType") String documentType) {
        SequencePosition sequence = sequences.get(type(documentType));
        return Response.ok(SequenceView.of(sequence)).tag(IfMatch.etag(sequence.version())).build();
    }

    @PUT
    @RolesAllowed(Roles.SALES_ADMIN)
    @Operation(summary = "Change the prefix or skip ahead", description = "422 when nextNumber is below the current"
            + " one. Requires If-Match (428 without, 412 when stale).")
    public Response revise(@PathParam("documentType") String documentType,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the version you read")
            String ifMatch,
            @Valid @NotNull SequenceRequest request) {
        SequencePosition revised = sequences.revise(type(documentType), request.prefix(), request.nextNumber(),
                IfMatch.required(ifMatch));
        return Response.ok(SequenceView.of(revised)).tag(IfMatch.etag(revised.version())).build();
    }

    private static DocumentType type(String name) {
        try {
            return DocumentType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ResourceNotFound("Document type", name);
        }
    }
}
