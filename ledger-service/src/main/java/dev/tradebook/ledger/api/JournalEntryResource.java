package dev.tradebook.ledger.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.tradebook.ledger.domain.AccountEnquiries;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/journal-entries")
@Produces(MediaType.APPLICATION_JSON)
public class JournalEntryResource {

    private final AccountEnquiries enquiries;

    public JournalEntryResource(AccountEnquiries enquiries) {
        this.enquiries = enquiries;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public JournalEntryView get(@PathParam("id") String id) {
        return JournalEntryView.of(enquiries.journalEntry(Identifiers.uuid("Journal entry", id)));
    }
}
