package dev.tradebook.customer.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.tradebook.customer.domain.CustomerNote;
import dev.tradebook.customer.domain.CustomerNotes;
import dev.tradebook.platform.runtime.api.PageParams;
import dev.tradebook.customer.reference.api.PageView;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Notes on a customer, newest first. Anyone who talks to the customer (sales, sales-admin, accounts) writes
 * them; a note is never changed, a correction is a new note.
 */
@Path("/api/v1/customers/{code}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {

    private final CustomerNotes notes;
    private final RequestValidation validation;
    private final SecurityIdentity identity;

    public NoteResource(CustomerNotes notes, RequestValidation validation, SecurityIdentity identity) {
        this.notes = notes;
        this.validation = validation;
        this.identity = identity;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS})
    @Operation(summary = "Write a note on a customer", description = "The author is the signed-in user.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    public Response write(@PathParam("code") String code, NoteRequest request) {
        CustomerNote note = notes.write(code, validation.valid(request).text(), identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/customers/" + code + "/notes/" + note.id()))
                .entity(NoteView.of(note)).build();
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "The notes on a customer, newest first")
    public PageView<NoteView> list(@PathParam("code") String code, @Valid @BeanParam PageParams paging) {
        return PageView.of(notes.of(code, paging.page(), paging.size()), NoteView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public NoteView get(@PathParam("code") String code, @PathParam("id") long id) {
        return NoteView.of(notes.get(code, id));
    }
}
