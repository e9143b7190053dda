package dev.tradebook.customer.domain;

/**
 * What a customer search narrows by; a null member does not narrow. {@code text} is found partially and in
 * any case in any searchable column (code, name, corporate, city, state, pin code, GSTIN, phones, e-mail,
 * website, salesman, contact names and e-mails); % _ and \ in it are taken literally. {@code importedFromCart}
 * and {@code cartMapping} find the customer of a cart's buyer exactly; {@code classification}
 * keeps the customers in that class (a CL code).
 */
public record CustomerFilter(String text, CustomerType type, CustomerStatus status, String corporate,
        String salesRegion, Boolean onHold, String importedFromCart, String cartMapping,
        String classification) {
}
