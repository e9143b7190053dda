package dev.tradebook.customer.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.tradebook.customer.domain.ImportRow;
import dev.tradebook.platform.runtime.api.ProblemMappers;
import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * Turns a record of an import file into the customer it asks for, through exactly the checks of
 * {@code POST /api/v1/customers}: the same body type read by the API's JSON mapper, then its Bean Validation.
 * Malformed JSON is refused as the API refuses it ("not valid JSON"), with the line of the record.
 */
@ApplicationScoped
class ImportRows {

    private final ObjectReader requests;
    private final RequestValidation validation;

    ImportRows(ObjectMapper json, RequestValidation validation) {
        this.requests = json.readerFor(CustomerRequest.class);
        this.validation = validation;
    }

    ImportRow of(ImportRecords.Record record) {
        if (!record.refused().isEmpty()) {
            return ImportRow.refused(record.line(), record.refused());
        }
        CustomerRequest request;
        try (JsonParser customer = record.customer()) {
            request = requests.readValue(customer);
        } catch (UnrecognizedPropertyException unknown) {
            return ImportRow.refused(record.line(),
                    List.of(new Violation(ProblemMappers.pathOf(unknown), "unknown or read-only field")));
        } catch (MismatchedInputException mismatch) {
            String expected = mismatch.getTargetType() == null ? "another type" : mismatch.getTargetType().getSimpleName();
            return ImportRow.refused(record.line(),
                    List.of(new Violation(ProblemMappers.pathOf(mismatch), "must be " + expected)));
        } catch (JsonProcessingException malformed) {
            return ImportRow.refused(record.line(),
                    List.of(new Violation(null, "is not valid JSON: " + malformed.getOriginalMessage())));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
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
