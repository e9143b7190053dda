package dev.tradebook.customer.reference.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tradebook.customer.reference.domain.CodeType;

@Path(DebtorAccountGroupResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Debtor account groups", description = "The groups a customer's receivables are booked under in the"
        + " ledger (DOM Sundry Debtors — Domestic, EXP Sundry Debtors — Export...); the DAG code list.")
public class DebtorAccountGroupResource extends FixedCodeListResource {

    static final String PATH = "/api/v1/debtor-account-groups";

    public DebtorAccountGroupResource(CodeListOperations codes) {
        super(codes, CodeType.DAG, PATH);
    }
}
