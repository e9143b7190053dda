package dev.tradebook.customer.reference.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tradebook.customer.reference.domain.CodeType;

@Path(SalesmanResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Salesmen", description = "Who looks after a customer: a customer's salesman is the code of an active"
        + " entry (description = the salesman's name); the SM code list.")
public class SalesmanResource extends FixedCodeListResource {

    static final String PATH = "/api/v1/salesmen";

    public SalesmanResource(CodeListOperations codes) {
        super(codes, CodeType.SM, PATH);
    }
}
