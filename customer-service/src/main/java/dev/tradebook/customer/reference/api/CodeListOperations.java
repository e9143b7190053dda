package dev.tradebook.customer.reference.api;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import dev.tradebook.customer.reference.domain.CodeType;
import dev.tradebook.customer.reference.domain.ReferenceCode;
import dev.tradebook.customer.reference.domain.ReferenceCodes;
import dev.tradebook.platform.runtime.api.PageParams;

/**
 * What every endpoint of a code list does, whether the list is named in the path (/codes/{type}) or has a
 * path of its own (/debtor-account-groups, /salesmen): one behaviour, so the lists never drift apart.
 */
@ApplicationScoped
class CodeListOperations {

    private final ReferenceCodes codes;

    CodeListOperations(ReferenceCodes codes) {
        this.codes = codes;
    }

    PageView<ReferenceCodeView> list(CodeType type, String active, PageParams params) {
        return PageView.of(codes.list(type, ActiveFilter.of(active), params.page(), params.size()),
                ReferenceCodeView::of);
    }

    /** {@code basePath} is where the list lives; Location names the new code under it. */
    Response create(CodeType type, String basePath, ReferenceCodeRequest request) {
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
        ReferenceCode entry = codes.revise(type, code, EntityTags.ifMatch(ifMatch), change.description(),
                change.active(), change.netDays());
        return Response.ok(ReferenceCodeView.of(entry)).tag(EntityTags.of(entry.version())).build();
    }
}
