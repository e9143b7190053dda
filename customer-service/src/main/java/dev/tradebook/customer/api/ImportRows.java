package dev.tradebook.customer.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.tradebook.customer.domain.ImportRow;
import dev.tradebook.platform.runtime.api.ProblemMappers;
import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * Turns a record of an import file into the customer it asks for, through exactly the checks of
 * {@code POST /api/v1/customers}: the same body type read by the API's JSON mapper, then its Bean Validation.
 */
@ApplicationScoped
class ImportRows {

    private final ObjectMapper json;
    private final RequestValidation validation;

    ImportRows(ObjectMapper json, RequestValidation validation) {
        this.json = json;
        this.validation = validation;
    }

    ImportRow of(ImportRecords.Record record) {
        if (!record.refused().isEmpty()) {
            return ImportRow.refused(record.line(), record.refused());
        }
        CustomerRequest request;
        try {
            request = json.treeToValue(record.customer(), CustomerRequest.class);
        } catch (UnrecognizedPropertyException unknown) {
            return ImportRow.refused(record.line(),
                    List.of(new Violation(ProblemMappers.pathOf(unknown), "unknown or read-only field")));
        } catch (MismatchedInputException mismatch) {
            String expected = mismatch.getTargetType() == null ? "another type" : mismatch.getTargetType().getSimpleName();
            return ImportRow.refused(record.line(),
                    List.of(new Violation(ProblemMappers.pathOf(mismatch), "must be " + expected)));
        } catch (JsonProcessingException malformed) {
            return ImportRow.refused(record.line(), List.of(new Violation(null, malformed.getOriginalMessage())));
        }
        if (request.code() == null) {
            return ImportRow.refused(record.line(), List.of(new Violation("code",
                    "is required in an import: it is how the customer, and a re-run of the file, are recognised")));
        }
        try {
            return ImportRow.of(record.line(), validation.valid(request).toNewCustomer());
        } catch (InvalidRequest invalid) {
            return ImportRow.refused(record.line(), invalid.violations());
        }
    }
}
