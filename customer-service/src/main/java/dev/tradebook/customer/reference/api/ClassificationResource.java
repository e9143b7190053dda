package dev.tradebook.customer.reference.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tradebook.customer.reference.domain.CodeType;

@Path(ClassificationResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Classifications", description = "The classes a customer can be put in (KEY-ACCOUNT, PHARMA...), several"
        + " per customer (PUT /api/v1/customers/{code}/classifications, GET /api/v1/customers?classification=);"
        + " the CL code list.")
public class ClassificationResource extends FixedCodeListResource {

    static final String PATH = "/api/v1/classifications";

    public ClassificationResource(CodeListOperations codes) {
        super(codes, CodeType.CL, PATH);
    }
}
