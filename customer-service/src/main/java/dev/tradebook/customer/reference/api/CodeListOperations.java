package dev.tradebook.customer.reference.api;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import dev.tradebook.customer.reference.domain.CodeType;
import dev.tradebook.customer.reference.domain.ReferenceCode;
import dev.tradebook.customer.reference.domain.ReferenceCodes;
import dev.tradebook.platform.runtime.api.PageParams;
import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * What every endpoint of a code list does, whether the list is named in the path (/codes/{type}) or has a
 * path of its own (/debtor-account-groups, /salesmen, /classifications): one behaviour, so the lists never drift apart.
 */
@ApplicationScoped
class CodeListOperations {

    private final ReferenceCodes codes;
    private final Validator validator;

    CodeListOperations(ReferenceCodes codes, Validator validator) {
        this.codes = codes;
        this.validator = validator;
    }

    PageView<ReferenceCodeView> list(CodeType type, String active, PageParams params) {
        checked(params);
        if (active != null && !active.matches(ActiveFilter.PATTERN)) {
            throw new InvalidRequest("validation", "1 field(s) failed validation",
                    List.of(new Violation("active", ActiveFilter.MESSAGE)));
        }
        return PageView.of(codes.list(type, ActiveFilter.of(active), params.page(), params.size()),
                ReferenceCodeView::of);
    }

    /** {@code basePath} is where the list lives; Location names the new code under it. */
    Response create(CodeType type, String basePath, ReferenceCodeRequest request) {
        checked(request);
        ReferenceCode code = codes.define(type, request.code(), request.description(), request.activeOrDefault(),
                request.netDays());
        return Response.created(URI.create(basePath + "/" + code.code()))
                .tag(EntityTags.of(code.version()))
                .entity(ReferenceCodeView.of(code))
                .build();
    }

    Response get(CodeType type, String code) {
        ReferenceCode entry = codes.get(type, code);
        return Response.ok(ReferenceCodeView.of(entry)).tag(EntityTags.of(entry.version())).build();
    }

    Response revise(CodeType type, String code, String ifMatch, ReferenceCodeChange change) {
        checked(change);
        ReferenceCode entry = codes.revise(type, code, EntityTags.ifMatch(ifMatch), change.description(),
                change.active(), change.netDays());
        return Response.ok(ReferenceCodeView.of(entry)).tag(EntityTags.of(entry.version())).build();
    }

    /**
     * The lists with a path of their own inherit their resource methods, and Quarkus checks the {@code @Valid}
     * parameters of no inherited resource method: so every list's input is checked here, alike.
     */
    private <T> void checked(T input) {
        if (input == null) {
            throw new InvalidRequest("malformed-request", "The request body is missing", List.of());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
