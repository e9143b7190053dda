package dev.tradebook.customer.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.customer.domain.LeadKind;
import dev.tradebook.customer.domain.Leads;
import io.quarkus.security.identity.SecurityIdentity;

@Path(LeadResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Leads", description = "People and businesses that may buy: OPEN → QUALIFIED → CONVERTED (into a"
        + " customer, source LEAD), or LOST.")
public class LeadResource extends LeadOperations {

    static final String PATH = "/api/v1/leads";

    public LeadResource(Leads leads, RequestValidation validation, ObjectMapper json, SecurityIdentity identity) {
        super(leads, LeadKind.LEAD, validation, json, identity);
    }

    @Override
    String path() {
        return PATH;
    }
}
