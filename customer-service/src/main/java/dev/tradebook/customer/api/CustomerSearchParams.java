package dev.tradebook.customer.api;

import java.util.Locale;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.tradebook.customer.domain.CustomerFilter;
import dev.tradebook.customer.domain.CustomerSort;
import dev.tradebook.customer.domain.CustomerStatus;
import dev.tradebook.customer.domain.CustomerType;
import dev.tradebook.platform.runtime.api.PageParams;

/**
 * The query of {@code GET /api/v1/customers}: text, exact filters, paging and sort. Every value arrives as text
 * and is checked by a pattern, so that a bad one is a 400 naming the parameter (not a 404 from JAX-RS).
 */
public class CustomerSearchParams extends PageParams {

    @QueryParam("q")
    @Parameter(description = "part of any searchable column (code, name, corporate, city, state, pin code, GSTIN,"
            + " phones, e-mail, website, salesman, contact names and e-mails), any case; % _ and \\ are literal")
    @Size(max = 100)
    String q;

    @QueryParam("type")
    @Parameter(description = "only customers of this type")
    @Pattern(regexp = "CUSTOMER|DEALER|DISTRIBUTOR|AGENT|CARRYING_AND_FORWARDING|CONSIGNEE|OEM",
            message = "must be one of CUSTOMER, DEALER, DISTRIBUTOR, AGENT, CARRYING_AND_FORWARDING, CONSIGNEE, OEM")
    String type;

    @QueryParam("status")
    @Parameter(description = "only customers in this status")
    @Pattern(regexp = "ACTIVE|INACTIVE", message = "must be ACTIVE or INACTIVE")
    String status;

    @QueryParam("corporate")
    @Parameter(description = "only customers of this corporate (its code)")
    @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be a code: 1 to 20 of A-Z, 0-9 and -")
    String corporate;

    @QueryParam("salesRegion")
    @Parameter(description = "only customers of this sales region (its code)")
    @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be a code: 1 to 20 of A-Z, 0-9 and -")
    String salesRegion;

    @QueryParam("onHold")
    @Parameter(description = "true: only customers on hold (manual or automatic); false: only those not on hold")
    @Pattern(regexp = "true|false", message = "must be true or false")
    String onHold;

    @QueryParam("importedFromCart")
    @Parameter(description = "only the customer imported from this e-commerce cart (channel), with cartMapping")
    @Size(max = 40)
    String importedFromCart;

    @QueryParam("cartMapping")
    @Parameter(description = "only the customer of this buyer (id or e-mail in the cart), with importedFromCart")
    @Size(max = 100)
    String cartMapping;

    @QueryParam("classification")
    @Parameter(description = "only customers in this classification (its code, /api/v1/classifications)")
    @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be a code: 1 to 20 of A-Z, 0-9 and -")
    String classification;

    @QueryParam("sort")
    @DefaultValue("code,asc")
    @Parameter(description = "field,direction: code, name, type, createdAt or updatedAt; asc or desc; ties by code")
    @Pattern(regexp = "(code|name|type|createdAt|updatedAt)(,(asc|desc))?",
            message = "must be code, name, type, createdAt or updatedAt, optionally followed by ,asc or ,desc")
    String sort;

    /** Only once validated. */
    CustomerFilter filter() {
        return new CustomerFilter(q == null || q.isBlank() ? null : q.strip(),
                type == null ? null : CustomerType.valueOf(type),
                status == null ? null : CustomerStatus.valueOf(status),
                corporate, salesRegion, onHold == null ? null : Boolean.valueOf(onHold), importedFromCart, cartMapping,
                classification);
    }

    /** Only once validated. */
    CustomerSort sortField() {
        String field = sort.split(",")[0];
        return CustomerSort.valueOf(field.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT));
    }

    /** Only once validated. */
    boolean ascending() {
        return !sort.endsWith(",desc");
    }
}
